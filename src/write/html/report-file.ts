/** The batch report's file name, which every document page links back to. */
export const REPORT_FILE = 'report.html';
