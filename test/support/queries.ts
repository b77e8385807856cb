/**
 * Finding controls as a reader does, by role and accessible name, through the widget's shadow roots.
 */
export {
  findByShadowRole,
  findByShadowText,
  queryByShadowRole,
  findAllByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
