import { CarifEventAgenda } from './event-agenda.js';

export { CarifEventAgenda };

CarifEventAgenda.define('carif-event-agenda');
