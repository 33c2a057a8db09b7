import "server-only";
/** Rows a page of an admin list shows. */
export const ADMIN_PAGE_SIZE = 50;
