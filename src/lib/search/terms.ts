/**
 * The reader's words, as data for the nearest-paragraph ranking (src/lib/search/nearest.ts): the question and
 * function words that say nothing about where the answer stands, the words staff use for the handbook's own terms,
 * and the slips an input method makes in those terms. tests/unit/search-terms.test.ts checks every handbook term
 * against the text.
 */

/**
 * Question and function words, dropped from a question before ranking. Longer ones first matter only for reading;
 * the ranking removes the longest that fits at each place. Single characters are here only where they seldom start
 * or end a content word of the handbook (要 and 是 are not: 要求, 是否).
 */
export const questionWords = [
  '什么时候', '为什么', '为啥', '是不是', '能不能', '要不要', '有没有', '可不可以', '会不会', '怎么办', '怎么样', '多长时间',
  '什么', '多少', '哪些', '哪个', '哪里', '哪儿', '哪一级', '怎么', '怎样', '如何', '几个', '几名', '几条', '啥', '谁',
  '请问', '一下', '我们', '咱们', '我省', '还能', '可以', '需要', '应该', '指的是', '的是', '到底', '一共', '具体',
  '吗', '呢', '吧', '啊', '呀', '几', '哪',
] as const;

/**
 * Words readers type for what the handbook calls otherwise: each reader's word with the handbook's terms for it.
 * The handbook's side is its exact wording, so the ranking looks for words that are really there.
 */
export const readerTerms: Readonly<Record<string, readonly string[]>> = {
  一线: ['第一线'],
  女代表: ['女党员代表', '女党员'],
  女同志: ['女党员'],
  年轻: ['55岁以下'],
  年龄: ['岁以下'],
  几天: ['个工作日'],
  多久: ['时间'],
  开一次: ['举行一次'],
  开大会: ['大会期间'],
  人大代表: ['全国人大代表'],
  政协委员: ['全国政协委员'],
  纪委: ['纪检监察机关', '纪律检查委员会'],
  一把手: ['主要负责同志'],
  负责人: ['主要负责同志'],
  没选上: ['没有当选'],
  落选: ['没有当选'],
  处理: ['查处'],
  最多: ['不超过'],
  至少: ['不少于'],
  最少: ['不少于'],
  抗疫: ['疫情防控'],
  疫情: ['新冠肺炎疫情防控'],
  好几个: ['多重'],
  报给: ['上报', '报中组部'],
  步骤: ['程序', '环节'],
  流程: ['程序', '环节'],
  造假: ['弄虚作假'],
  泄密: ['跑风漏气'],
  送礼: ['拉票贿选'],
  干净: ['廉洁'],
  人数: ['名额', '数量'],
  宣传报道: ['宣传工作', '舆论'],
  党员人数: ['党员总数'],
};

/**
 * Homophones an input method offers first for the handbook's key terms (查额 for 差额): pinyin input puts the
 * wrong character in the box without a typo by the reader. Each slip with the term meant; none of the slips stands in
 * the handbook, so the exact search could never be misled by them.
 */
export const inputSlips: Readonly<Record<string, string>> = {
  查额: '差额',
  茶额: '差额',
  公式: '公示',
  公事: '公示',
  会选: '贿选',
  汇选: '贿选',
  拉漂: '拉票',
  冒子: '帽子',
  四比: '四必',
  四毕: '四必',
  计名: '记名',
  考查: '考察',
  明额: '名额',
  题名: '提名',
  后选: '候选',
  运酿: '酝酿',
  林选: '遴选',
};
