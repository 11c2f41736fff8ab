package vn.ocop.geography.control;

/**
 * The body the server runs for: the code of its issuing body in the system property {@value #PROPERTY} (e.g. "01",
 * the People's Committee of Hà Nội); without it, {@value #DEFAULT}. The screens' titles, header, footer and login
 * text name it, and the documents that are not kept as issued records print its header.
 */
public final class DeploymentBody {

    public static final String PROPERTY = "ocop.body";
    public static final String DEFAULT = "01";

    private DeploymentBody() {
    }

    public static String code() {
        return code(System.getProperty(PROPERTY));
    }

    public static String code(String configured) {
        return configured == null || configured.isBlank() ? DEFAULT : configured.strip();
    }
}
