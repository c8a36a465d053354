import { CarifElement } from '../base-element.js';
import { list, listConverter } from '../converters.js';
import { property } from '../decorators.js';
import { isRegion } from './presets.js';

/**
 * The attributes every search widget has, under the same names: the regions it is limited to,
 * the départements and publics it starts with, where it finds communes, and its heading.
 */
export abstract class CarifSearchElement extends CarifElement {
  /** Only results in these INSEE regions (space-separated), e.g. `27`. */
  @list @property({ converter: listConverter }) region: string[] = [];

  /** Preset départements (space-separated codes), e.g. `21 25`. Fixed when `department` is in `hide-filters`. */
  @list @property({ converter: listConverter }) department: string[] = [];

  /** Preset publics (codes of the widget's table of publics, in its README), e.g. `jeunes demandeurs_emploi`. */
  @list @property({ converter: listConverter }) public: string[] = [];

  /** Dataset used to find a commune or postcode. */
  @property({ attribute: 'communes-dataset' }) communesDataset = 'communes';

  /** The heading shown above the widget; empty to show none. */
  @property() heading?: string;

  /** The valid region codes of `region`. */
  protected get regions(): string[] {
    return this.region.filter(isRegion);
  }
}
