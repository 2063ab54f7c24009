import MarkdownIt from "markdown-it";

/**
 * Markdown from the sources, made safe: raw HTML is shown as text, links keep their target only
 * when it is http(s) (anything else shows as text), and images show as their description, so the
 * document loads nothing and runs nothing that a source file brings.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = (url: string) => /^https?:\/\//i.test(url.trim());
md.renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx];
  const alt = token ? md.utils.escapeHtml(token.content || token.attrGet("alt") || "") : "";
  return `<span class="image-text">[${alt}]</span>`;
};

export function renderMarkdown(text: string): string {
  return md.render(text);
}
