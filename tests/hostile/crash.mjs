// Loaded with `node --import` (through NODE_OPTIONS) into a CLI child process: plants a bug, so a test
// can see how qingdan reports one. QINGDAN_PLANT_BUG=read breaks text normalisation (used while
// reading); =write breaks JSON.stringify (used only by the .json writer).
const where = process.env.QINGDAN_PLANT_BUG;
if (where === 'read') {
  String.prototype.normalize = function () {
    throw new Error('planted bug in normalisation');
  };
} else if (where === 'write') {
  JSON.stringify = function () {
    throw new TypeError('planted bug in the writer');
  };
}
