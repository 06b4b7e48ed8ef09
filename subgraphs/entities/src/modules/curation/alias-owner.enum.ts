import { registerEnumType } from 'type-graphql';

export enum AliasOwner {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}

registerEnumType(AliasOwner, {
  name: 'AliasOwner',
  description: 'Whose alias it is.',
  valuesConfig: { PERSON: { description: 'A person.' }, ORGANIZATION: { description: 'An organization.' } },
});
