/**
 * Sample diagrams for the tests and stories: the seed incident reports' diagrams, plus lines that
 * stress alignment (CJK, emoji, arrows that fall back to another font). Imported by nothing that ships.
 */
import type { DiagramLike } from './cells.js';

/** The seed reports' diagrams, verbatim, labelled with their report titles. */
export const SEED_DIAGRAMS: DiagramLike[] = [
  {
    label: 'Moving a live datastore without losing a row',
    lines: [
      'app',
      ' ├─▶ mongo      (old · read)',
      ' └─▶ postgres   (new · dual-write)',
      '       │',
      '  reconcile ──▶ flip read ──▶ retire mongo',
      '  · rollback-safe at every step ·',
    ],
  },
  {
    label: 'Keeping one slow provider from stalling everyone',
    lines: [
      'inbound ▶ ┌─────────────┐',
      '          │  dispatcher │',
      '          └──────┬──────┘',
      '       ┌─────────┼─────────┐',
      '       ▼         ▼         ▼',
      '[lane A]     [lane B]   [lane C]   topic·DLQ·retry',
      '       ▼         ▼         ▼',
      'provider A  provider B  provider C',
      '            (slow)',
    ],
  },
  {
    label: "A monolith that doesn't rot",
    lines: [
      '┌──────── one deployable ─────────┐',
      '│ [loyalty▸q] [payments▸q]        │',
      '│ [messaging▸q] [crm▸q] … ~80     │',
      '│ bounded contexts · isolated q   │',
      '└─────────────────────────────────┘',
    ],
  },
  {
    label: 'Making cross-provider payments idempotent',
    lines: [
      'checkout / invoicing / settlement',
      '         │',
      '   [domain interface]',
      '  initiate · verify · settle',
      '         │',
      ' ┌───────┴────────┐',
      ' │ idempotency    │  ← double-spend guard',
      ' │ guard          │',
      ' └───────┬────────┘',
      ' ┌───────┴────────┐',
      ' [strategy A] [strategy B] …',
      ' (provider-specific · self-registering)',
    ],
  },
  {
    label: 'Making cluster spend visible enough to cut',
    lines: [
      'prometheus metrics + workload labels',
      '         │',
      ' [attribution tool]',
      ' resource usage → product owner',
      '         │',
      ' grafana · per-team dashboards',
      '         │',
      ' teams own their footprint',
      ' → optimizations follow',
    ],
  },
  {
    label: 'Enforcing per-user limits without a control-plane API',
    lines: [
      '┌────────── single K8s pod ──────────┐',
      '│  nginx (traffic termination)       │',
      '│      │                             │',
      '│  xray (protocol handling)          │',
      '│      │              ↑              │',
      '│  access logs ──▶ py-limiter        │',
      '│  (observed traffic → enforcement)  │',
      '│  supervisord (process health)      │',
      '└────────────────────────────────────┘',
    ],
  },
  {
    label: 'Putting loyalty inside the surface merchants already use',
    lines: [
      '[Dobare platform API]',
      '       ▲',
      '       │  REST · webhook',
      '       │',
      '┌──────┴──────────────────┐',
      '│  WooCommerce plugin     │',
      '│  REST controllers       │',
      '│  Gutenberg block        │',
      '│  OTP auth bridge        │',
      '└─────────────────────────┘',
      '       │',
      'merchant storefront',
      "(theme + plugins I don't control)",
    ],
  },
];

/** A table of wide characters: CJK (two cells each), emoji and a ZWJ sequence (two cells). */
export const WIDE_DIAGRAM: DiagramLike = {
  label: 'Languages and emoji in a table',
  caption: 'Wide characters take two cells; the borders stay straight.',
  lines: [
    '┌────────┬──────────┐',
    '│ 日本語 │ 中文测试 │',
    '├────────┼──────────┤',
    '│ 한국어 │ emoji 🚀 │',
    '│ ✅ ok  │ 👩‍💻 dev   │',
    '└────────┴──────────┘',
  ],
};

/** Arrows and shapes that many monospace fonts lack, between ASCII that must stay in its columns. */
export const FALLBACK_DIAGRAM: DiagramLike = {
  label: 'Arrows and shapes',
  lines: [
    'a▶b▼c◀d▲e►f◄g→h←i↑j↓k⇒l▸m',
    '0123456789012345678901234',
    '■□●○◆◇★☆⬤⬢⟶⟵⤴⤵➜➤⇨⇦⇧⇩',
    '0123456789012345678901234',
  ],
};
