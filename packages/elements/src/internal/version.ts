/** The version of @percorso/elements, for the double-definition warning. Keep in step with package.json. */
export const VERSION = '0.1.0';
