/** A counted phrase in every plural category a language uses; "{n}" stands for the number. */
export type PluralForms = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;
