/** FieldCipher context of free-text survey answers: sealed for this column only. */
export const SEAL_SURVEY_TEXT = 'survey.text';
