/**
 * Finding controls as a reader does, by role and accessible name, through the widget's shadow roots.
 */
export {
  findByShadowRole,
  findByShadowText,
  getByShadowRole,
  getByShadowText,
  queryByShadowRole,
  queryByShadowText,
  findAllByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
