// The embeddable widget's script: <script type="module" src=".../loopscope.js">
// defines <loopscope-playground> (element.js). Loading it twice is harmless.
import { LoopscopePlayground } from './element.js';

if (!customElements.get('loopscope-playground')) customElements.define('loopscope-playground', LoopscopePlayground);

export { LoopscopePlayground };
export { encodeProgram, decodeProgram } from '../share.js';
