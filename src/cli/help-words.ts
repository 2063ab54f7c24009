import { Help, type Argument, type Command, type Option } from "commander";
import { t, type MessageKey } from "../i18n/language.js";

const TITLES: Record<string, MessageKey> = {
  "Usage:": "help.usage",
  "Options:": "help.options",
  "Arguments:": "help.arguments",
  "Commands:": "help.commands",
  "Global Options:": "help.global-options",
};

/** Commander's help in the user's language: its titles and the "(default: …)" it adds. */
export class HelpWords extends Help {
  override styleTitle(title: string): string {
    const key = TITLES[title];
    return key ? t(key) : title;
  }

  override optionDescription(option: Option): string {
    return withExtras(option.description, option.argChoices, shownDefault(option));
  }

  override argumentDescription(argument: Argument): string {
    return withExtras(
      argument.description,
      argument.argChoices,
      argument.defaultValue === undefined
        ? undefined
        : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)),
    );
  }

  override commandUsage(cmd: Command): string {
    return usageWords(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return usageWords(super.subcommandTerm(cmd));
  }
}

function usageWords(usage: string): string {
  return usage
    .replace("[options]", t("help.options-usage"))
    .replace("[command]", t("help.command-usage"));
}

function shownDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  const shown =
    option.required ||
    option.optional ||
    (option.isBoolean() && typeof option.defaultValue === "boolean");
  return shown
    ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue))
    : undefined;
}

function withExtras(
  description: string,
  choices: readonly string[] | undefined,
  defaultValue: string | undefined,
): string {
  const extras = [
    choices
      ? t("help.choices", { choices: choices.map((c) => JSON.stringify(c)).join(", ") })
      : null,
    defaultValue === undefined ? null : t("help.default", { value: defaultValue }),
  ].filter((e) => e !== null);
  return extras.length ? `${description} (${extras.join(", ")})` : description;
}

/** Commander's own error lines ("error: unknown option …") in the user's language. */
export function commanderError(text: string): string {
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^error: unknown option '([^']*)'/, (m) => t("cli.unknown-option", { flag: m[1]! })],
    [/^error: unknown command '([^']*)'/, (m) => t("cli.unknown-command", { name: m[1]! })],
    [
      /^error: missing required argument '([^']*)'/,
      (m) => t("cli.missing-argument", { name: m[1]! }),
    ],
    [/^error: option '([^']*)' argument missing/, (m) => t("cli.option-missing", { flags: m[1]! })],
    [
      /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
      (m) => t("cli.bad-choice", { flags: m[1]!, value: m[2]!, choices: m[3]! }),
    ],
    [
      /^error: option '([^']*)' argument '([^']*)' is invalid\. (.*)/,
      (m) => t("cli.bad-value", { flags: m[1]!, value: m[2]!, reason: m[3]! }),
    ],
    [/^error: too many arguments.*/, () => t("cli.too-many-arguments")],
    [/^\(Did you mean one of (.*)\?\)/, (m) => t("cli.did-you-mean", { names: m[1]! })],
    [/^\(Did you mean (.*)\?\)/, (m) => t("cli.did-you-mean", { names: m[1]! })],
  ];
  return text
    .split("\n")
    .map((line) => {
      for (const [pattern, words] of rules) {
        const m = pattern.exec(line);
        if (m) return words(m);
      }
      return line;
    })
    .join("\n");
}
