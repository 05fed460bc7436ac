/**
 * The abbreviations a Vietnamese policy office writes every day, seeded into every store
 * (migration 0050). English expansions, plus the standard Vietnamese ones (the names used in
 * official Vietnamese documents), so either language's text is found by the abbreviation.
 */
export interface StandardAlias {
  abbreviation: string;
  expansion: string;
  language: 'en' | 'vi';
}

const en = (abbreviation: string, ...expansions: string[]): StandardAlias[] => expansions.map((expansion) => ({ abbreviation, expansion, language: 'en' }));
const vi = (abbreviation: string, ...expansions: string[]): StandardAlias[] => expansions.map((expansion) => ({ abbreviation, expansion, language: 'vi' }));

export const standardAliases: readonly StandardAlias[] = [
  ...en('FDI', 'foreign direct investment'),
  ...vi('FDI', 'đầu tư trực tiếp nước ngoài'),
  ...en('GDP', 'gross domestic product'),
  ...vi('GDP', 'tổng sản phẩm trong nước', 'tổng sản phẩm quốc nội'),
  ...en('FTA', 'free trade agreement'),
  ...vi('FTA', 'hiệp định thương mại tự do'),
  ...en('ODA', 'official development assistance'),
  ...vi('ODA', 'hỗ trợ phát triển chính thức'),
  ...en('ASEAN', 'Association of Southeast Asian Nations'),
  ...vi('ASEAN', 'Hiệp hội các quốc gia Đông Nam Á'),
  ...en('EU', 'European Union'),
  ...vi('EU', 'Liên minh châu Âu'),
  ...en('WTO', 'World Trade Organization'),
  ...vi('WTO', 'Tổ chức Thương mại Thế giới'),
  ...en('CPTPP', 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership'),
  ...vi('CPTPP', 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương'),
  ...en('EVFTA', 'EU–Vietnam Free Trade Agreement', 'European Union–Viet Nam Free Trade Agreement'),
  ...vi('EVFTA', 'Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu'),
  ...en('RCEP', 'Regional Comprehensive Economic Partnership'),
  ...vi('RCEP', 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực'),
  ...en('UN', 'United Nations'),
  ...vi('UN', 'Liên hợp quốc'),
  ...en('IMF', 'International Monetary Fund'),
  ...vi('IMF', 'Quỹ Tiền tệ Quốc tế'),
  ...en('WB', 'World Bank'),
  ...vi('WB', 'Ngân hàng Thế giới'),
  ...en('ADB', 'Asian Development Bank'),
  ...vi('ADB', 'Ngân hàng Phát triển châu Á'),
  ...en('APEC', 'Asia-Pacific Economic Cooperation'),
  ...vi('APEC', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương'),
  ...en('UKVFTA', 'UK–Vietnam Free Trade Agreement'),
  ...vi('UKVFTA', 'Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh'),
  ...en('IPEF', 'Indo-Pacific Economic Framework'),
  ...en('GSO', 'General Statistics Office'),
  ...vi('GSO', 'Tổng cục Thống kê'),
  ...en('SOE', 'state-owned enterprise'),
  ...vi('SOE', 'doanh nghiệp nhà nước'),
  ...en('CPI', 'consumer price index'),
  ...vi('CPI', 'chỉ số giá tiêu dùng'),
  ...en('PM', 'Prime Minister'),
  ...vi('PM', 'Thủ tướng'),
  ...en('UNGA', 'United Nations General Assembly'),
  ...vi('UNGA', 'Đại hội đồng Liên hợp quốc'),
  ...en('MOIT', 'Ministry of Industry and Trade'),
  ...vi('MOIT', 'Bộ Công Thương'),
  ...en('MOFA', 'Ministry of Foreign Affairs'),
  ...vi('MOFA', 'Bộ Ngoại giao'),
];
