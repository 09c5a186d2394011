/**
 * report.html's script and style sheet, built from ./page/ (browser code) by esbuild. The action's
 * bundle replaces this module with the built text (scripts/bundle.mjs: pageAssetsPlugin); elsewhere
 * (tests, benches) they are built here, once, when first imported.
 */
import { buildPage, type PageAssets } from '../../../scripts/page-bundle.mjs';

export const PAGE_ASSETS: PageAssets = buildPage();
