import path from 'node:path';

export const WIDGET_DIR = path.resolve(__dirname, '../..');
export const BUNDLE_PATH = path.join(WIDGET_DIR, 'dist', 'livechat-oss-widget.umd.js');
