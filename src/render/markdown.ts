import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { foreignTermPattern, splitForeign } from "./foreign-terms.js";

/**
 * Markdown from the sources, made safe: raw HTML is shown as text, links keep their target only
 * when it is http(s) (anything else shows as text), and images show as their description, so the
 * document loads nothing and runs nothing that a source file brings. Foreign terms of the plan's
 * glossary are set in italics.
 */
export function createMarkdown(foreignTerms: readonly string[] = []): (text: string) => string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => /^https?:\/\//i.test(url.trim());
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    const alt = token ? md.utils.escapeHtml(token.content || token.attrGet("alt") || "") : "";
    return `<span class="image-text">[${alt}]</span>`;
  };
  const pattern = foreignTermPattern(foreignTerms);
  if (pattern)
    md.core.ruler.push("foreign_terms", (state) => {
      for (const block of state.tokens) {
        if (block.type !== "inline" || !block.children) continue;
        const out: Token[] = [];
        let emphasis = 0;
        for (const token of block.children) {
          if (token.type === "em_open") emphasis++;
          if (token.type === "em_close") emphasis--;
          if (token.type !== "text" || emphasis > 0) {
            out.push(token);
            continue;
          }
          for (const piece of splitForeign(token.content, pattern)) {
            if (!piece.foreign) {
              const text = new state.Token("text", "", 0);
              text.content = piece.text;
              out.push(text);
              continue;
            }
            const open = new state.Token("em_open", "em", 1);
            open.attrSet("class", "foreign");
            const text = new state.Token("text", "", 0);
            text.content = piece.text;
            out.push(open, text, new state.Token("em_close", "em", -1));
          }
        }
        block.children = out;
      }
    });
  return (text) => md.render(text);
}

/** Markdown without a glossary. */
export const renderMarkdown = createMarkdown();
