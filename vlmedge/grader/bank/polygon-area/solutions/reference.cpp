#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <vector>

using namespace std;

struct Point {
    long long x, y;
};

// Shoelace formula; coordinate products need 64 bits.
double polygon_area(const vector<Point>& points) {
    long long twice_signed_area = 0;
    for (size_t i = 0; i < points.size(); i++) {
        const Point& current = points[i];
        const Point& next = points[(i + 1) % points.size()];
        twice_signed_area += current.x * next.y - next.x * current.y;
    }
    return llabs(twice_signed_area) / 2.0;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<Point> points(n);
    for (Point& point : points) cin >> point.x >> point.y;
    cout << fixed << setprecision(6) << polygon_area(points) << '\n';
    return 0;
}
