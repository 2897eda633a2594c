/**
 * Whether a drawing session is on: the map's click-to-select stays off meanwhile, so a click that
 * places a vertex of a split line does not select the grid under it (issue 13).
 */
let active = false;

export const setEditingActive = (on: boolean) => {
  active = on;
};
export const isEditingActive = () => active;
