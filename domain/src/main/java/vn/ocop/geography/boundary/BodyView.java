package vn.ocop.geography.boundary;

/** The body a server runs for, as the screens name it: its code and its proper name in Vietnamese and in English. */
public record BodyView(String code, String nameVi, String nameEn) {

    /** The name in the language of the screen ("thành phố Hà Nội", "Hà Nội City"). */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
