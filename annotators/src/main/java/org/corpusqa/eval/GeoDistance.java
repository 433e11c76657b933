package org.corpusqa.eval;

/**
 * Great-circle distance on a spherical Earth (haversine). Accurate to about 0.5 %, far below
 * the tolerance it is used with.
 */
public final class GeoDistance {

    /** Mean Earth radius (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoDistance() {}

    /** Distance in kilometres between two points given in decimal degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = sq(Math.sin(dPhi / 2)) + Math.cos(phi1) * Math.cos(phi2) * sq(Math.sin(dLambda / 2));
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    private static double sq(double x) {
        return x * x;
    }
}
