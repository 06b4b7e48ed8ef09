import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '@igc/service-kit';
import { SessionStatus } from './session.entity.js';

@InputType('SessionFilter', { description: 'Narrows a list of sessions; all given criteria must hold.' })
export class SessionFilter {
  @Field(() => String, { nullable: true, description: 'Convening body: its id, acronym or name (alias-aware), e.g. HLCP.' })
  body?: string | null;

  @Field(() => Int, { nullable: true, description: "The session's ordinal number, e.g. 26 for a twenty-sixth session." })
  number?: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the session opened.' })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Sessions starting on or after this date.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Sessions starting on or before this date.' })
  to?: string | null;

  @Field(() => SessionStatus, { nullable: true, description: 'Held or scheduled.' })
  status?: SessionStatus | null;
}
