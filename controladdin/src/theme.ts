import { createTheme, type ITheme } from '@fluentui/react/lib/Styling';

/** The font stack of the Business Central web client. */
export const bcFontFamily = "'Segoe UI', 'Segoe WP', Segoe, device-segoe, Tahoma, Helvetica, Arial, sans-serif";

/** BC-like light theme: white canvas, dark-grey text, BC's teal accent. */
const light = createTheme({
  defaultFontStyle: { fontFamily: bcFontFamily },
  palette: {
    themePrimary: '#00736f',
    themeLighterAlt: '#f0f8f8',
    themeLighter: '#c5e5e4',
    themeLight: '#98cfcd',
    themeTertiary: '#47a39f',
    themeSecondary: '#0e837e',
    themeDarkAlt: '#006864',
    themeDark: '#005855',
    themeDarker: '#00413e',
    neutralLighterAlt: '#f8f8f8',
    neutralLighter: '#f4f4f4',
    neutralLight: '#eaeaea',
    neutralQuaternaryAlt: '#dadada',
    neutralQuaternary: '#d0d0d0',
    neutralTertiaryAlt: '#c8c8c8',
    neutralTertiary: '#a6a6a6',
    neutralSecondary: '#505050',
    neutralPrimaryAlt: '#3b3b3b',
    neutralPrimary: '#212121',
    neutralDark: '#151515',
    black: '#0b0b0b',
    white: '#ffffff',
  },
});

/** Dark variant for hosts that hint at a dark theme. */
const dark = createTheme({
  defaultFontStyle: { fontFamily: bcFontFamily },
  isInverted: true,
  palette: {
    themePrimary: '#4cc2bd',
    themeLighterAlt: '#030808',
    themeLighter: '#0c1f1e',
    themeLight: '#173a39',
    themeTertiary: '#2e7471',
    themeSecondary: '#43aaa6',
    themeDarkAlt: '#5cc8c3',
    themeDark: '#73d1cd',
    themeDarker: '#97dfdb',
    neutralLighterAlt: '#262626',
    neutralLighter: '#2f2f2f',
    neutralLight: '#3d3d3d',
    neutralQuaternaryAlt: '#464646',
    neutralQuaternary: '#4d4d4d',
    neutralTertiaryAlt: '#6b6b6b',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#f0f0f0',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f',
  },
});

export function bcTheme(isDark: boolean): ITheme {
  return isDark ? dark : light;
}
