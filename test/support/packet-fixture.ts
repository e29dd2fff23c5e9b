/** A fixture engagement for the print packet: stored values as the store writes them. */
const at = Date.UTC(2026, 10, 20, 9, 0, 0);
export const E = 'e-harbourpin1';
export const OTHER = 'e-otherclnt1';
const env = (data: unknown) => JSON.stringify({ version: 0, savedAt: at, epoch: 0, data });

/** A fixture engagement with a run of the boundary's checklist, a handoff record and open client inputs (and a second engagement, current). */
export const packetFixture: Record<string, string> = {
  'handoff-handbook:v1:engagements:all': env({
    engagements: {
      [E]: [at, { client: 'Harbour & Pine', project: 'Brand refresh', createdAt: at }],
      [OTHER]: [at, { client: 'Other Client', project: '', createdAt: at }],
    },
    current: { '': [at, OTHER] },
  }),
  'handoff-handbook:v1:checklist:handoff-onboarding-to-delivery': env({
    records: { [E]: [at, { name: 'Harbour & Pine: Brand refresh', order: at }] },
    active: { '': [at, E] },
    ticks: { [`${E}:access-tested`]: [at, true], [`${E}:file-home-agreed`]: [at, true] },
    notes: { [`${E}:access-tested`]: [at, 'CMS login tested on 18 Nov by Dana.'] },
  }),
  'handoff-handbook:v1:handoff-records:handoff-record': env({
    records: {
      [`${E}:Kickoff handoff`]: [
        at,
        {
          name: 'Kickoff handoff',
          from: 'onboarding',
          to: 'delivery',
          owner: 'Dana Whitlock',
          outcome: 'Kickoff held; milestone one agreed with the client lead.',
        },
      ],
    },
  }),
  'handoff-handbook:v1:worksheet:client-input-dependency': env({
    records: { [E]: [at, { name: 'Harbour & Pine: Brand refresh', order: at }] },
    active: { '': [at, E] },
    rows: { [`${E}:r1`]: [at, { order: 0 }] },
    cells: {
      [`${E}:r1:item`]: [at, 'Final logo files in vector format'],
      [`${E}:r1:client-owner`]: [at, 'Priya Okafor'],
    },
  }),
};

/** The version each kind stores at, so the fixture reads as current data. */
const versions: Record<string, number> = { engagements: 1, checklist: 3, 'handoff-records': 3, worksheet: 3 };
for (const [key, text] of Object.entries(packetFixture)) {
  const kind = key.split(':')[2]!;
  packetFixture[key] = text.replace('"version":0', `"version":${versions[kind]}`);
}
