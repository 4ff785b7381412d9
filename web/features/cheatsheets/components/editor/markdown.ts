import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * The editor's preview renderer. `html: false` makes markdown-it escape any raw
 * HTML in the source, links other than http(s) and mailto are not linked, and
 * images are left out (the published sheet drops them too), so its output is
 * safe to put in the page. The published copy is rendered and sanitized by the server.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());
markdown.disable("image");

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet("target", "_blank");
  tokens[index]?.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderPreview(source: string): string {
  return markdown.render(source);
}
