import type { StorybookConfig } from '@storybook/web-components-vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Docs: each element's page (the `autodocs` tag) with API tables from the custom-elements manifest
  // (preview.ts), and the MDX pages (Getting started).
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the root one serves the demo (its root and inputs would clash).
    options: { builder: { viteConfigPath: resolve(here, 'vite.config.ts') } },
  },
  // Offline machines: no telemetry (it also costs ~7 s a build, toolchain.md trap 8).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
