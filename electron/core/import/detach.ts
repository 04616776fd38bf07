// V8 keeps a substring of 13+ characters as a slice of the string it was cut from. A cell text
// cut from a 1 MB decoded chunk of the file would keep that whole chunk alive as long as it is
// kept (a memo key, a problem message), and over a large file that pins most of the file in
// memory. Strings kept beyond their row are detached: copied into a string of their own.
export function detach(text: string): string {
  // Concatenation then slicing makes V8 flatten into a fresh string that owns its characters.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
