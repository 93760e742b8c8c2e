/** Roles that may create, edit, archive and restore records. */
export const editorRoles = ['editor', 'admin'] as const;
