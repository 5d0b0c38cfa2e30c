#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

using namespace std;

struct Student {
    string name;
    int score;
};

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<Student> students(n);
    for (Student& student : students) cin >> student.name >> student.score;

    // Highest score first; equal scores alphabetically by name.
    sort(students.begin(), students.end(), [](const Student& a, const Student& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.name < b.name;
    });

    int rank = 0;
    for (size_t i = 0; i < students.size(); i++) {
        if (i == 0 || students[i].score != students[i - 1].score) rank = static_cast<int>(i) + 1;
        cout << rank << ' ' << students[i].name << ' ' << students[i].score << '\n';
    }
    return 0;
}
