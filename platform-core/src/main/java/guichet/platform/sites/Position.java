package guichet.platform.sites;

/**
 * A point on the Earth in degrees (WGS 84), as a browser's location or a site's coordinates give it.
 *
 * @param latitude from -90 (south) to 90 (north)
 * @param longitude from -180 (west) to 180 (east)
 */
public record Position(double latitude, double longitude) {

    /** The mean radius of the Earth in kilometres (IUGG), which the distances shown to users are computed with. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Position {
        if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
        }
    }

    /** The distance along the Earth's surface to another point, in kilometres (haversine formula). */
    public double kilometresTo(Position other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The point on the unit sphere, as core/V12 computes each site's {@code sphere_point}: the straight line between
     * two such points grows with the distance along the surface, so ordering by it is ordering by distance.
     */
    double[] onUnitSphere() {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }
}
