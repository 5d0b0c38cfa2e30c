Student = Struct.new(:name, :score)

# Each student's rank is 1 plus the number of students with a strictly higher score.
def ranking_lines(students)
  ordered = students.sort_by { |student| [-student.score, student.name] }
  rank = 0
  ordered.each_with_index.map do |student, position|
    rank = position + 1 if position.zero? || student.score != ordered[position - 1].score
    "#{rank} #{student.name} #{student.score}"
  end
end

def main
  tokens = $stdin.read.split
  count = tokens[0].to_i
  students = tokens[1, 2 * count].each_slice(2).map { |name, score| Student.new(name, score.to_i) }
  puts ranking_lines(students)
end

main if __FILE__ == $PROGRAM_NAME
