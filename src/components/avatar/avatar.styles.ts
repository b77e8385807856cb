import { css } from 'lit';

export const styles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--lar-avatar-size, 2.5em);
    block-size: var(--lar-avatar-size, 2.5em);
    border-radius: 50%;
    overflow: hidden;
    /* White initials stay above 4.5:1 contrast at every hue at this lightness. */
    background: hsl(var(--_hue, 210) 55% 28%);
    color: #fff;
    font-weight: bold;
    line-height: 1;
  }

  .avatar .initials {
    font-size: calc(var(--lar-avatar-size, 2.5em) * 0.4);
  }

  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
