// Production bundle of the "BKI Booking Selection Grid" control add-in: one script and one stylesheet in
// src-al/ControlAddIn/Resources/, the names the AL controladdin object loads. Used by `npm run build:addin`,
// the browser tests and the benchmark (through controladdin/harness/src/build.ts).
const path = require('node:path');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
// webpack's own minimizer plugin (a dependency of webpack), resolved from webpack so the version always matches.
const MinimizerPlugin = require(
  require.resolve('minimizer-webpack-plugin', { paths: [path.dirname(require.resolve('webpack/package.json'))] }),
);
const { cssMinify } = require('webpack').css;

const root = path.resolve(__dirname, '..');

module.exports = {
  mode: 'production',
  target: ['web', 'es2020'],
  context: __dirname,
  entry: { BookingSelectionGrid: './src/index.tsx' },
  output: {
    path: path.join(root, 'src-al', 'ControlAddIn', 'Resources'),
    filename: '[name].js',
    clean: true,
  },
  devtool: false,
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        include: path.join(__dirname, 'src'),
        use: {
          loader: 'ts-loader',
          options: {
            configFile: path.join(__dirname, 'tsconfig.json'),
            transpileOnly: true,
            compilerOptions: { module: 'esnext', noEmit: false, sourceMap: false },
          },
        },
      },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
    ],
  },
  plugins: [new MiniCssExtractPlugin({ filename: '[name].css' })],
  optimization: {
    minimize: true,
    usedExports: true,
    sideEffects: true,
    splitChunks: false,
    runtimeChunk: false,
    minimizer: [
      new MinimizerPlugin({
        test: /\.(?:js|css)$/i,
        // License comments go to BookingSelectionGrid.js.LICENSE.txt next to the script.
        extractComments: true,
        minify: [
          { implementation: MinimizerPlugin.terserMinify, options: { compress: { passes: 2 } } },
          { implementation: cssMinify },
        ],
      }),
    ],
  },
  performance: { hints: false },
  cache: {
    type: 'filesystem',
    cacheDirectory: path.join(root, 'node_modules', '.cache', 'bki-controladdin-webpack'),
    buildDependencies: { config: [__filename] },
  },
};
