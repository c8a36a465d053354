/**
 * The file for a `<script type="module">` tag: registers every element.
 *   <script type="module" src=".../carif-widgets.js" data-api-base="https://…/api/explore/v2.1"></script>
 */
import './training-search/define.js';

export { configure } from './core/config.js';
