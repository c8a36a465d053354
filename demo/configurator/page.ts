// demo/configurateur.html: the attribute lists come from dist/custom-elements.json, read when the
// page is built (a glob, so that a missing manifest is a message on the page, not a build error).
import { mountConfigurator } from './configurator.js';
import type { Manifest } from './model.js';

const found = import.meta.glob<Manifest>('../../dist/custom-elements.json', { eager: true, import: 'default' });
mountConfigurator(document.querySelector<HTMLElement>('#configurateur')!, Object.values(found)[0] ?? {});
