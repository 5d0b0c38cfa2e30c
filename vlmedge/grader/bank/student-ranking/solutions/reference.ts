interface Student {
  name: string;
  score: number;
}

function compareStudents(a: Student, b: Student): number {
  if (a.score !== b.score) {
    return b.score - a.score;
  }
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// Each student's rank is 1 plus the number of students with a strictly higher score.
function rankStudents(students: Student[]): string[] {
  const ordered = [...students].sort(compareStudents);
  const lines: string[] = [];
  let rank = 0;
  ordered.forEach((student, position) => {
    if (position === 0 || student.score !== ordered[position - 1].score) {
      rank = position + 1;
    }
    lines.push(`${rank} ${student.name} ${student.score}`);
  });
  return lines;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const tokens = input.split(/\s+/).filter((token) => token.length > 0);
  const count = Number(tokens[0]);
  const students: Student[] = [];
  for (let i = 0; i < count; i++) {
    students.push({ name: tokens[1 + 2 * i], score: Number(tokens[2 + 2 * i]) });
  }
  console.log(rankStudents(students).join("\n"));
}

if (require.main === module) main();
