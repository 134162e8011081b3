// British English throughout: react-admin's English messages with ours merged on top.
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { mergeTranslations } from "react-admin";
import { portsafeMessages } from "../i18n/en";

const messages = mergeTranslations(englishMessages, portsafeMessages);

// allowMissing: the API's problem `detail` reaches notifications as a message key; show it as it is.
export const i18nProvider = polyglotI18nProvider(
  () => messages,
  "en",
  [{ locale: "en", name: "English" }],
  {
    allowMissing: true,
  },
);
