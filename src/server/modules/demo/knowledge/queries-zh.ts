import type { SearchQualityQuery } from './demo-entry.ts';

/**
 * Chinese queries of the search-quality set. The search cuts Chinese into overlapping character
 * pairs and requires all of them, so each word of a query (words separated by spaces, as users
 * often type them) stands as such in the entries it expects.
 */
export const SEARCH_QUERIES_ZH: SearchQualityQuery[] = [
  {
    query: '家属 探视 辅导',
    language: 'zh',
    expected: ['zh-jiating-tanshi-fudao'],
    note: 'Counselling groups for families before and after prison visits.',
  },
  {
    query: '假释 就业导师',
    language: 'zh',
    expected: ['zh-jiashi-jiuye-daoshi'],
    note: 'Employment mentors paired with people on parole.',
  },
  {
    query: '女子监狱 创伤',
    language: 'zh',
    expected: ['zh-nvjian-chuangshang-xiaozu'],
    note: 'The trauma-informed group in a women’s prison.',
  },
  {
    query: '动态安全 狱警',
    language: 'zh',
    expected: ['zh-dongtai-anquan-yujing'],
    note: 'Dynamic security course for prison officers; other dynamic-security entries have only labels in Chinese.',
  },
  {
    query: '宗教学者 经典研读',
    language: 'zh',
    expected: ['zh-jingdian-yandu-xiaozu'],
    note: 'Scripture study circles co-led by religious scholars and psychologists.',
  },
  {
    query: '投诉箱 报复',
    language: 'zh',
    expected: ['zh-tousuxiang-shensu-gaijin'],
    note: 'The unused complaints box: people feared retaliation until letters went sealed to the visiting board.',
  },
  {
    query: '受害者 修复性对话',
    language: 'zh',
    expected: ['zh-shouhaizhe-xiufu-duihua'],
    note: 'Prepared restorative meetings between victims and people serving sentences.',
  },
  {
    query: '前极端分子 导师 失败',
    language: 'zh',
    expected: ['zh-qian-jiduan-daoshi-shibai'],
    note: 'The former-extremist mentor pilot that failed, told as a lesson.',
  },
  {
    query: '回返人员 个案管理',
    language: 'zh',
    expected: ['ar-awda-usar-idarat-hala'],
    note: 'Cross-language: the Arabic family case-management programme for returnees, found by its Chinese translation.',
  },
  {
    query: '宗教对话 倾听',
    language: 'zh',
    expected: ['ar-hiwar-dini-ulama-mustaqillun'],
    note: 'Cross-language: the Arabic entry on dialogue circles led by scholars trained in listening, via its Chinese translation.',
  },
  {
    query: '招募迹象',
    language: 'zh',
    expected: ['zh-zhaomu-jixiang-shibie'],
    note: 'Shorter phrase: spotting recruitment in prison without treating religious practice as a risk sign.',
  },
  {
    query: '监测指标',
    language: 'zh',
    expected: ['zh-jiance-zhibiao-kuangjia'],
    note: 'Shorter phrase of “监测指标框架”: the monitoring indicator framework beyond attendance counts.',
  },
];
