// Family names that stand first in the name: Chinese, Korean and Vietnamese. A capitalised
// run that starts with one of these (`Wang Dexin`, `Pak Myong Chol`, `Nguyen Van An`) is read
// family-first. Romanised as wire services write them. Data only.

export const CHINESE_FAMILY_NAMES: readonly string[] = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu',
  'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Xu', 'Han', 'Feng', 'Deng', 'Cao',
  'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Pan', 'Yu', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Xue', 'Ye',
  'Yan', 'Du', 'Dai', 'Xia', 'Zhong', 'Wen', 'Lu', 'Fan', 'Fang', 'Shi', 'Yao', 'Tan', 'Liao', 'Zou', 'Xiong',
  'Jin', 'Qin', 'Qiu', 'Jiang', 'Gu', 'Hou', 'Shao', 'Meng', 'Long', 'Wan', 'Duan', 'Lei', 'Qian', 'Tang', 'Yin',
  'Yi', 'Chang', 'Wu', 'Qiao', 'Lai', 'Gong', 'Wen', 'Kong', 'Bai', 'Cui', 'Kang', 'Mao', 'Qiu', 'Hao', 'Bi',
  'Xi', 'Zhan', 'Hua', 'Shen', 'Ren', 'Yue', 'Su', 'Niu', 'Fu', 'Chai', 'Geng', 'Ji', 'Jing', 'Ning', 'Zhai',
  'Chiang', 'Chan', 'Cheung', 'Chow', 'Chung', 'Ho', 'Hui', 'Kwok', 'Lam', 'Lau', 'Lee', 'Leung', 'Lo', 'Mak',
  'Ng', 'Poon', 'Tam', 'Tang', 'Tse', 'Tsang', 'Wong', 'Yeung', 'Yip', 'Fung', 'Kwan', 'Lui', 'Siu', 'Choi',
  'Tsai', 'Hsu', 'Hsieh', 'Lien', 'Soong', 'Kuo', 'Teng', 'Chu', 'Ko', 'Yeh', 'Chou',
];

export const KOREAN_FAMILY_NAMES: readonly string[] = [
  'Kim', 'Lee', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun',
  'Jang', 'Chang', 'Lim', 'Rim', 'Ri', 'Han', 'Oh', 'O', 'Seo', 'So', 'Shin', 'Sin', 'Kwon', 'Hwang', 'Ahn', 'An',
  'Song', 'Ryu', 'Yoo', 'Hong', 'Jeon', 'Jon', 'Ko', 'Moon', 'Mun', 'Yang', 'Son', 'Bae', 'Baek', 'Paek', 'Heo',
  'Nam', 'Noh', 'Roh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Ju', 'Woo', 'U', 'Min', 'Ryang', 'Ryom', 'Thae',
];

export const VIETNAMESE_FAMILY_NAMES: readonly string[] = [
  'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo',
  'Duong', 'Ly', 'Truong', 'Dinh', 'Trinh', 'Mai', 'Lam', 'Luong', 'Cao', 'Ha', 'To', 'Ta',
];

/** Every family-first family name, as written (capitalised). */
export const FAMILY_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...CHINESE_FAMILY_NAMES, ...KOREAN_FAMILY_NAMES, ...VIETNAMESE_FAMILY_NAMES,
]);
