import type { Plugin } from 'vite';

/**
 * Firefox's add-on linter rejects every `innerHTML =` in shipped code, vendored
 * libraries included, and does not honour their eslint-disable comments. The
 * three such writes in Readability and DOMPurify are replaced here, in the
 * browser bundles only, by inert DOMParser parsing, which runs nothing and loads
 * nothing. Each patch must match exactly once, so a library update that moves
 * the code fails the build instead of silently shipping the old pattern.
 */
interface Patch {
  module: RegExp;
  find: string;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    // Readability restores the page before retrying with other flags.
    module: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'page.innerHTML = pageCacheHtml;',
    replace: 'page.replaceChildren(...page.ownerDocument.importNode(new DOMParser().parseFromString(pageCacheHtml, "text/html").body, true).childNodes);',
  },
  {
    // Readability unwraps images kept in <noscript>.
    module: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace: 'tmp.replaceChildren(...doc.importNode(new DOMParser().parseFromString(noscript.innerHTML, "text/html").body, true).childNodes);',
  },
  {
    // DOMPurify's fallback for non-HTML namespaces, which Verbatim never configures:
    // leave the template document empty, so the output is empty rather than unparsed.
    module: /dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    replace: 'void dirtyPayload;',
  },
];

export function inertHtml(): Plugin {
  return {
    name: 'verbatim-inert-html',
    transform(code, id) {
      const patches = PATCHES.filter((patch) => patch.module.test(id));
      if (patches.length === 0) return null;
      let out = code;
      for (const patch of patches) {
        const count = out.split(patch.find).length - 1;
        if (count !== 1) throw new Error(`inert-html: expected one "${patch.find}" in ${id}, found ${count}`);
        out = out.replace(patch.find, () => patch.replace);
      }
      return { code: out, map: null };
    },
  };
}
