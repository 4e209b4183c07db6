import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const ICON_SIZES = [192, 512] as const;

/** The PNG icons a manifest needs, rendered from the one SVG at build time: no binaries in git. */
function pngIcons(): Plugin {
  return {
    name: 'isee-png-icons',
    async generateBundle() {
      const svg = await readFile(new URL('./public/icon.svg', import.meta.url));
      for (const size of ICON_SIZES) {
        const source = await sharp(svg).resize(size, size).png().toBuffer();
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    pngIcons(),
    VitePWA({
      // The app asks before it reloads, so a teacher never loses a half-typed answer to an update.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'iSEE ทุนเสมอภาค',
        short_name: 'iSEE',
        description: 'คัดกรองนักเรียนทุนเสมอภาค ใช้งานได้แม้ไม่มีอินเทอร์เน็ต',
        lang: 'th',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5d7a',
        icons: [
          ...ICON_SIZES.map((size) => ({
            src: `/icon-${size}.png`,
            sizes: `${size}x${size}`,
            type: 'image/png',
          })),
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,png,svg}'],
        navigateFallback: '/index.html',
        // The API is never cached by the service worker: offline data lives in IndexedDB.
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once, so it works offline after one visit;
        // later versions still wait for the teacher's "reload" (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
});
