/** The rules that find people in prose; each mention records the rule that found it. */
export const RULE_TITLE_OF_ORG_NAME = '<Title> of <Org>, <Name>';
export const RULE_NAME_TITLE_ORG = '<Name>, <Title>, <Org>';
export const RULE_NAME_TITLE = '<Name>, <Title>';
export const RULE_NAME_OF_ORG = '<Name> of the <Org>';
export const RULE_SURNAME_BACKREF = 'Mr./Ms. <Surname> referring back to a full name in the same document';
export const RULE_HONORIFIC_FULL_NAME = 'honorific and full name';
export const RULE_SEEN_NAME = 'full name seen before';
export const RULE_RESPECTIVELY = '<Name> and <Name>, <Titles> of <Org> and <Org> respectively';
export const RULE_SIGNATURE = 'signature: surname in capitals, then given name';
export const RULE_GIVEN_NAME_SUBJECT = 'full name starting with a known given name, followed by a verb';
