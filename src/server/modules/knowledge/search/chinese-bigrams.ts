// Chinese has no PostgreSQL text search configuration, and no spaces between words. Overlapping
// two-character words ("bigrams") are the classic way round: 家庭参与 is indexed as 家庭 庭参 参与, and
// a query is cut the same way, so a query's words are found wherever they stand in the text. Text in
// other scripts inside a Chinese passage (numbers, Latin names) is kept as it is.

// Han ideographs (the unified blocks and their extensions); kana and hangul are not cut here.
const HAN_RUN = /[\p{Script=Han}]+/gu;

/** The text with each run of Han characters replaced by its overlapping pairs, space-separated. */
export function chineseBigrams(text: string): string {
  return text.replace(HAN_RUN, (run) => {
    const characters = [...run];
    if (characters.length === 1) return ` ${run} `;
    const pairs: string[] = [];
    for (let index = 0; index < characters.length - 1; index += 1) {
      pairs.push(`${characters[index]}${characters[index + 1]}`);
    }
    return ` ${pairs.join(' ')} `;
  });
}
