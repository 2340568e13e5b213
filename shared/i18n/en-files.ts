/**
 * English texts of a file given by path that cannot be used (shared/file-error.ts):
 * `file.<problem>`, each naming the option ({{option}}) and the path ({{path}}) in
 * plain words, never a file-system code.
 */
export const enFiles = {
  'file.not-found': "{{option}}: there is no file at {{path}}. Check the folder and the file name.",
  'file.is-folder': "{{option}}: {{path}} is a folder, not a file. Give the path of the file itself.",
  'file.no-permission': "{{option}}: {{path}} cannot be read: you do not have permission to read it. Change the file's permissions, or copy it to a folder of yours.",
  'file.unreadable': "{{option}}: {{path}} cannot be read. Check that the file is there and not in use, then try again.",
  'file.not-json': "{{option}}: {{path}} is not valid JSON. Check that this is the file you meant and that it was not changed by hand.",
  'file.empty': "{{option}}: {{path}} is empty. Check that this is the file you meant.",
  'file.not-a-folder': "{{option}}: {{path}} is a file, not a folder. Give a folder (it is created when it does not exist yet).",
  'file.no-folder': "{{option}}: {{path}} cannot be written: the folder it would go in does not exist. Create the folder first, or give a path in a folder that exists.",
  'file.folder-unusable': "{{option}}: the folder {{path}} cannot be created or written to. Give a folder you can write to.",
  'file.receipt-kept': "{{option}}: the receipt could not be written to {{path}}, so it stays at {{saved}}.",
} as const;
