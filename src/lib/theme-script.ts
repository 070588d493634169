/**
 * The theme snippet BaseLayout inlines in <head>: it applies a stored light/dark choice before
 * paint (no flash), then reveals the toggle buttons and keeps them and theme-color in step; and
 * it carries the current #fragment onto a language switcher link when clicked (data-keep-hash),
 * so /cohorts/x/#quote-y switches to the same quote in the other language. It is
 * inline so that pages without share controls load no script file at all; the page's CSP allows
 * it by its hash (src/lib/csp.ts), so this text is the single copy both use.
 */
export const THEME_SCRIPT = `(function(){var d=document,r=d.documentElement,m=matchMedia('(prefers-color-scheme: dark)');
try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')r.dataset.theme=t}catch(e){}
function dark(){return r.dataset.theme?r.dataset.theme==='dark':m.matches}
function sync(){var x=dark();d.querySelectorAll('[data-theme-toggle]').forEach(function(b){b.hidden=false;b.setAttribute('aria-pressed',String(x))});
d.querySelectorAll('meta[name=theme-color]').forEach(function(e){e.content=x?'#0e1030':'#faf7f0'})}
d.addEventListener('DOMContentLoaded',sync);m.addEventListener('change',sync);
d.addEventListener('click',function(e){if(!(e.target instanceof Element&&e.target.closest('[data-theme-toggle]')))return;
var n=dark()?'light':'dark';r.dataset.theme=n;try{localStorage.setItem('theme',n)}catch(x){}sync()});
d.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[data-keep-hash]');if(a&&location.hash)a.href=a.href.split('#')[0]+location.hash})})();`;
