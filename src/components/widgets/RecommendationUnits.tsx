import { figures } from '../../lib/figures';
import { unitGroups, type UnitGroup } from '../../lib/widgets/units';
import { Swatch, type Tone } from './Legend';
import { RuleQuote } from './RuleQuote';
import { Squares } from './Squares';

const [cities, ...named] = unitGroups as [UnitGroup, ...UnitGroup[]];
const toneOf = (group: UnitGroup): Tone => (group === cities ? 'solid' : 'hollow');
const run = (group: UnitGroup) => ({ key: group.name, count: group.count, tone: toneOf(group) });

/**
 * The 17 recommendation units as the handbook groups them: a block of 13 cities (which it does not name) and the
 * four named units, one square each, with the list in words beside. Nothing here needs a script, so it is
 * rendered on the server only.
 */
export default function RecommendationUnits() {
  const { unit } = figures.recommendationUnits;
  return (
    <div class="units">
      <Squares blocks={[[run(cities)], named.map(run)]} perRow={cities.count} />
      <ul class="legend">
        {unitGroups.map((group) => (
          <li key={group.name} class="legend__row">
            <Swatch tone={toneOf(group)} />
            <span>
              <span class="legend__label">{group.name}</span> {group.count}
              {unit}
              {group.explanation && `：${group.explanation}`}
            </span>
          </li>
        ))}
      </ul>
      <RuleQuote citation={figures.recommendationUnits} />
    </div>
  );
}
