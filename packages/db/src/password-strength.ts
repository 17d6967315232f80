import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as de from "@zxcvbn-ts/language-de";
import { PASSWORD_MIN_LENGTH } from "@sm/domain";

/** zxcvbn's scale: 3 means "safely unguessable" for an online attack that is throttled. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
/** The dictionaries are large; they load with the first password that is checked, not at start-up. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: de.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...de.dictionary },
  });
  return estimator;
}

/** The parts of an e-mail address and a name a password must not be built from. */
function personalWords(person: { email: string; name?: string }): string[] {
  const [local = "", domain = ""] = person.email.toLowerCase().split("@");
  const words = [person.email.toLowerCase(), local, ...local.split(/[._+-]+/), ...domain.split("."), ...(person.name ?? "").toLowerCase().split(/\s+/)];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/** Long enough that finding it inside a password is no accident ("rat" is in "Rathaus"). */
function telltaleWords(person: { email: string; name?: string }): string[] {
  return personalWords(person).filter((w) => w.length >= 4);
}

/**
 * Why a password is not good enough, in German, or null when it is. Length alone let twelve
 * spaces, twelve NULs, "aaaaaaaaaaaa" and the e-mail address through; zxcvbn with the common and
 * German dictionaries estimates how guessable it really is.
 */
export function passwordProblem(password: string, person: { email: string; name?: string }): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `mindestens ${PASSWORD_MIN_LENGTH} Zeichen`;
  // Control characters cannot be typed reliably and hide what was entered.
  if (/\p{Cc}/u.test(password)) return "keine Steuerzeichen";
  if (password.trim() === "") return "nicht nur Leerzeichen";
  const lower = password.toLowerCase();
  const used = telltaleWords(person).find((w) => lower.includes(w));
  if (used) return "darf die E-Mail-Adresse, Teile davon oder den Namen nicht enthalten";
  const result = zxcvbn().check(password, personalWords(person));
  if (result.score < MIN_SCORE) {
    const hint = result.feedback.warning || result.feedback.suggestions[0];
    return `zu leicht zu erraten${hint ? ` (${hint.replace(/\.$/, "")})` : ""} – z. B. mehrere nicht zusammenhängende Wörter verwenden`;
  }
  return null;
}
