import type { Catalog } from "./language.js";

/** Every message the CLI prints, in Indonesian, the default. Keys are sorted. */
export const id: Catalog = {
  "agency.by-name": "“{written}” adalah nama perangkat daerah; tulis kodenya.",
  "agency.reads-as-name": "`{id}` terbaca sebagai nama `{match}`: tulis `{match}`.",
  "agency.unknown": "Perangkat daerah `{id}` tidak ada di agencies.yaml.",
  "agency.unknown-hint": "Tambahkan ke agencies.yaml atau pakai kode yang tercantum di sana.",
  "agency.write-id": "Tulis `{id}`.",
  "arg.plan-dir": "folder rencana (bawaan: folder kerja atau folder masterplan/ di dalamnya)",
  "baseline.and-no": " dan ",
  "baseline.source": "sumber",
  "baseline.unsourced": "Nilai dasar {value} belum memiliki {missing}.",
  "baseline.unsourced-hint":
    'Tulis sebagai `baseline: { value: {value}, year: TTTT, source: "…" }`, atau `baseline: null` bila belum pernah diukur.',
  "baseline.year": "tahun",
  "blank.enacted-hint":
    "Peraturan yang telah ditetapkan tidak boleh berisi isian kosong: isi, atau pertahankan `legal.status: rancangan` di masterplan.yaml.",
  "blank.head-of-region": "kepala daerah",
  "blank.left-blank": "{field} belum diisi; dokumen menampilkan isian kosong.",
  "blank.no-agencies":
    "Belum ada perangkat daerah yang terdaftar; dokumen menampilkan isian kosong di tempat perangkat daerah.",
  "blank.no-agencies-hint":
    "Daftarkan perangkat daerah (OPD) yang mengampu atau mendukung program.",
  "blank.unassigned":
    "Belum ada perangkat daerah yang ditunjuk di sini; dokumen menyatakan “belum ditetapkan”.",
  "blank.unassigned-hint": "Isi dengan kode perangkat daerah setelah {head} menunjuknya.",
  "browser.exited": "berhenti sebelum siap ({how})",
  "browser.folder":
    "{path} adalah folder, bukan peramban: tunjukkan berkas program Chrome atau Chromium.",
  "browser.given-missing":
    "Peramban yang ditunjuk {source} ({path}) tidak ada atau tidak dapat dijalankan.",
  "browser.install-linux":
    "Pasang Chromium (di Debian atau Ubuntu: `sudo apt-get install -y chromium`), atau tunjukkan berkas program Chrome, Chromium, atau Edge dengan `--browser <path>` atau variabel PUPPETEER_EXECUTABLE_PATH.",
  "browser.install-macos":
    "Pasang Google Chrome (https://www.google.com/chrome) ke /Applications, atau tunjukkan peramban dengan `--browser <path>` atau variabel PUPPETEER_EXECUTABLE_PATH.",
  "browser.install-windows":
    'Pasang Google Chrome (https://www.google.com/chrome), atau tunjukkan peramban dengan `--browser "C:\\Program Files\\…\\chrome.exe"` atau variabel PUPPETEER_EXECUTABLE_PATH; Microsoft Edge ditemukan di tempat Windows memasangnya.',
  "browser.it-said": "Pesannya:",
  "browser.missing": "Tidak ada peramban di {path}.",
  "browser.no-answer": "tidak menjawab dalam {seconds} detik",
  "browser.none": "Tidak ditemukan peramban Chrome, Chromium, atau Edge untuk mencetak PDF.",
  "browser.not-started": "Peramban di {path} tidak dapat dijalankan: {why}.",
  "browser.the-browser": "peramban",
  "browser.usual-places": "tempat biasa di sistem",
  "budget.above-ceiling": "Jumlah anggaran program {total}, melebihi pagu {ceiling}.",
  "budget.above-yearly-ceiling":
    "Jumlah anggaran program tahun {year} {total}, melebihi pagu tahunan {ceiling}.",
  "budget.duplicate-line": "Sudah ada baris anggaran tahun {year} dari {source}.",
  "budget.duplicate-line-hint": "Gabungkan jumlahnya dalam satu baris.",
  "budget.sum-too-large":
    "Jumlah anggaran rencana di sini melebihi {max} rupiah, lebih besar daripada yang dapat dijumlahkan dengan tepat.",
  "budget.sum-too-large-hint": "Periksa apakah ada angka berlebih: rupiah utuh, tanpa pemisah.",
  "budget.unknown-source": "sumber yang belum diketahui",
  "budget.year-outside": "Tahun anggaran {year} berada di luar tahun program {years}.",
  "build.also-warnings":
    " (rencana ini juga memiliki {n} peringatan; `masterplan validate` menampilkannya)",
  "build.also-warnings.one":
    " (rencana ini juga memiliki 1 peringatan; `masterplan validate` menampilkannya)",
  "build.bad-formats": "tulis html, pdf, atau docx, dipisah koma (bukan {wrong}).",
  "build.bad-jobs": "tulis bilangan bulat, 1 atau lebih.",
  "build.bad-memory": "tulis ukuran dalam GB, misalnya 4.",
  "build.bad-minutes": "tulis waktu dalam menit, misalnya 20.",
  "build.changes-since": 'tambahkan lampiran "Daftar Perubahan": perubahan sejak revisi git ini',
  "build.collisions": "Tidak ada yang dibangun: beberapa rencana akan menulis berkas yang sama.",
  "build.collisions.one": "Tidak ada yang dibangun: dua rencana akan menulis berkas yang sama.",
  "build.description":
    "periksa setiap rencana, lalu tulis dokumennya (PDF, HTML, DOCX); beberapa rencana memakai satu peramban",
  "build.dirs":
    "folder rencana, atau folder berisi folder rencana (bawaan: folder kerja atau folder masterplan/ di dalamnya)",
  "build.doc": "dokumen yang dicetak, menggantikan yang disebut `outputs` dalam masterplan.yaml",
  "build.failed-above":
    "Tidak ada yang ditulis: perbaiki kesalahan di atas lalu bangun lagi{also}.",
  "build.failed-above.one":
    "Tidak ada yang ditulis: perbaiki kesalahan di atas lalu bangun lagi{also}.",
  "build.failed-annotated":
    "Tidak ada yang ditulis: perbaiki kesalahan yang dianotasi lalu bangun lagi{also}.",
  "build.failed-annotated.one":
    "Tidak ada yang ditulis: perbaiki kesalahan yang dianotasi lalu bangun lagi{also}.",
  "build.font": "huruf: {fonts}",
  "build.format":
    "cara melaporkan masalah rencana: pretty di stderr, atau anotasi GitHub di stdout",
  "build.jobs": "jumlah dokumen yang dicetak bersamaan, untuk beberapa rencana",
  "build.max-memory":
    "memori terbesar yang boleh dipakai peramban untuk satu dokumen; dokumen yang lebih besar ditolak sebelum dicetak (bawaan: separuh memori mesin ini)",
  "build.max-minutes":
    "perkiraan waktu cetak terlama untuk satu dokumen; yang lebih lama ditolak sebelum dicetak",
  "build.note": "catatan",
  "build.nothing": "kosong",
  "build.only":
    "tulis hanya keluaran ini, daftar html, pdf, dan docx dipisah koma (misalnya pdf,docx)",
  "build.out": "folder keluaran",
  "build.pages": "{n} halaman",
  "build.paper": "ukuran kertas, menggantikan yang ada di masterplan.yaml",
  "build.quiet": "hanya tampilkan masalah",
  "build.salinan":
    'cetak salinan peraturan yang telah ditetapkan beserta Lampirannya ("Salinan sesuai dengan aslinya", dengan legal.certified_by)',
  "build.shard":
    "bangun hanya bagian i dari n bagian rencana (untuk matriks CI): rencana dan n yang sama selalu memberi bagian yang sama",
  "build.shard-line": "Bagian {i}/{count}: {picked} dari {n} rencana.",
  "build.shard-line.one": "Bagian {i}/{count}: {picked} dari 1 rencana.",
  "build.table-built": "dibangun",
  "build.table-failed": "gagal",
  "build.table-output": "Keluaran",
  "build.table-pages": "Halaman",
  "build.table-plan": "Rencana",
  "build.table-result": "Hasil",
  "build.table-time": "Waktu",
  "build.table-total": "{built} dari {n} rencana dibangun",
  "build.table-total-failed": ", {failed} gagal",
  "build.table-total.one": "{built} dari 1 rencana dibangun",
  "build.warnings":
    "Rencana ini memiliki {n} peringatan; jalankan `masterplan validate` untuk melihatnya.",
  "build.warnings.one":
    "Rencana ini memiliki 1 peringatan; jalankan `masterplan validate` untuk melihatnya.",
  "build.wrote": "Ditulis: {files}{details}.",
  "cell.description": "uraian",
  "cell.empty": "{what} belum memiliki {column}; selnya di tabel menampilkan isian kosong.",
  "cell.empty-hint": "Tulis faktanya, atau null bila belum diketahui.",
  "cell.infrastructure-program": "Program infrastruktur ini",
  "cell.output": "keluaran",
  "cell.pillar": "pilar",
  "cell.rpjmd": "fokus RPJMD",
  "cell.the-element": "Elemen `{id}`",
  "cell.the-stage": "Tahap `{id}`",
  "cell.theme": "tema",
  "cell.this-program": "Program ini",
  "chapter.duplicate-block": "Blok `{kind}` sudah ditempatkan di bagian lain dokumen.",
  "chapter.duplicate-block-hint": "Tempatkan setiap blok satu kali.",
  "chapter.first-placed": "pertama ditempatkan di sini",
  "cli.bad-choice":
    "kesalahan: pilihan '{flags}' tidak dapat bernilai '{value}'; pilih salah satu dari {choices}.",
  "cli.bad-value": "kesalahan: pilihan '{flags}' tidak dapat bernilai '{value}': {reason}",
  "cli.bug": "ini kesalahan pada masterplan sendiri; mohon laporkan beserta teks di bawah ini.",
  "cli.description":
    "Menyusun masterplan Smart City daerah dari berkas YAML menjadi Lampiran (PDF, HTML, DOCX), dokumen pendampingnya, dan rancangan peraturannya.",
  "cli.did-you-mean": "(Maksud Anda {names}?)",
  "cli.help": "tampilkan bantuan perintah",
  "cli.help-command": "tampilkan bantuan sebuah perintah",
  "cli.lang":
    "bahasa pesan: id (bahasa Indonesia, bawaan) atau en; juga MASTERPLAN_LANG, atau LANG yang berawalan en",
  "cli.missing-argument": "kesalahan: argumen '{name}' wajib diisi",
  "cli.option-missing": "kesalahan: pilihan '{flags}' memerlukan nilai",
  "cli.see-help": "(jalankan `masterplan --help` untuk cara pakai)",
  "cli.too-many-arguments": "kesalahan: argumen terlalu banyak untuk perintah ini.",
  "cli.unknown-command": "kesalahan: perintah '{name}' tidak dikenal",
  "cli.unknown-option": "kesalahan: pilihan '{flag}' tidak dikenal",
  "cli.version": "tampilkan nomor versi",
  "coverage.no-budget":
    "{n} program berjalan pada {stage} ({years}), tetapi tidak satu pun memiliki baris anggaran pada tahun-tahun itu.",
  "coverage.no-budget-hint":
    "Beri program-program itu baris anggaran untuk tahun-tahun ini (null bila jumlahnya belum diketahui), atau nyatakan dalam `deferred` bahwa semuanya diserahkan pada peninjauan berikutnya.",
  "coverage.no-program":
    "Tidak ada program yang berjalan pada {stage} ({years}), dan tahap itu tidak memiliki arah kebijakan.",
  "coverage.no-program-hint":
    "Rencanakan program untuk tahun-tahun ini, beri tahap itu `directions`, atau nyatakan dalam `deferred` bahwa programnya diserahkan pada peninjauan masterplan berikutnya.",
  "date.not-a-day": "{value} bukan tanggal yang ada di kalender.",
  "date.not-a-day-hint": "Tulis tanggal sebagai TTTT-BB-HH, misalnya 2025-07-01.",
  "date.past-hint":
    "Geser ke sesudah tanggal rancangan, atau bila sudah terjadi, tulis capaiannya dan `status: selesai`.",
  "date.past-milestone": 'Tonggak "{when}" sudah lewat sebelum tanggal rancangan {today}.',
  "date.past-quick-win": "Quick win ini berakhir pada {end}, sebelum tanggal rancangan {today}.",
  "depends.cycle": "Program-program saling bergantung secara melingkar: {cycle}.",
  "depends.cycle-hint": "Hapus salah satu ketergantungan ini.",
  "depends.hint": "Pakai kode salah satu berkas di programs/.",
  "diff.added": "ditambahkan",
  "diff.added-programs": "Program yang ditambahkan",
  "diff.base": "revisi git atau folder rencana asal pembandingan",
  "diff.baseline": "nilai dasar",
  "diff.budget": "anggaran",
  "diff.budget-total": "jumlah anggaran",
  "diff.by-dimension": "Anggaran per dimensi",
  "diff.by-year": "Anggaran per tahun",
  "diff.changed-programs": "Program yang diubah",
  "diff.col-after": "Sesudah",
  "diff.col-before": "Sebelum",
  "diff.col-change": "Perubahan",
  "diff.col-dimension": "Dimensi",
  "diff.col-year": "Tahun",
  "diff.description":
    "perubahan isi antara dua revisi git atau dua folder rencana: program, anggaran, target, tahun",
  "diff.exit-code": "keluar dengan kode 1 bila ada yang berubah",
  "diff.head": "revisi git atau folder rencana tujuan pembandingan (bawaan: folder kerja)",
  "diff.indicator": 'indikator "{indicator}" {change}',
  "diff.moved": "dipindah",
  "diff.no": "tidak",
  "diff.no-change": "tidak berubah",
  "diff.no-changes": "Tidak ada perubahan.",
  "diff.no-name": "(belum bernama)",
  "diff.none": "(tidak ada)",
  "diff.not-compared":
    "Tidak ada yang dibandingkan: berkas di atas tidak dapat dibaca, dan pembandingan tanpanya akan menampilkan perubahan yang keliru.",
  "diff.other-files": "Berkas lain",
  "diff.partly-unknown": "{amount} (sebagian belum diketahui)",
  "diff.plan":
    "folder rencana di dalam repositori, untuk revisi (bawaan: folder kerja atau folder masterplan/ di dalamnya)",
  "diff.removed": "dihapus",
  "diff.removed-programs": "Program yang dihapus",
  "diff.rewritten": "ditulis ulang",
  "diff.row-added": "Program ditambahkan",
  "diff.row-after": "Anggaran sesudah",
  "diff.row-before": "Anggaran sebelum",
  "diff.row-change": "Perubahan anggaran",
  "diff.row-changed": "Program diubah",
  "diff.row-moved": "Program dipindah",
  "diff.row-removed": "Program dihapus",
  "diff.summary-budget": "Anggaran",
  "diff.summary-programs":
    "Program: {added} ditambahkan, {removed} dihapus, {moved} dipindah, {changed} diubah",
  "diff.target": 'target "{indicator}"',
  "diff.title-markdown": "Perubahan masterplan: {base} → {head}",
  "diff.title-text": "Perubahan dari {base} ke {head}",
  "diff.unit": "satuan",
  "diff.unknown": "belum diketahui",
  "diff.working-tree": "folder kerja",
  "diff.years": "tahun",
  "diff.yes": "ya",
  "dimension.missing": "Rencana tidak memiliki berkas untuk dimensi `{id}`.",
  "dimension.missing-hint": "Tambahkan dimensions/{id}.yaml.",
  "doctor.broken": "Pembangunan belum akan berhasil: perbaiki baris bertanda {fail}.",
  "doctor.browser": "Peramban: {version} di {path} (dari {via}); dapat berjalan tanpa jendela",
  "doctor.browser-broken": "Peramban: {path} (dari {via}) tidak dapat dijalankan: {problem}",
  "doctor.browser-missing": "Peramban: {problem}",
  "doctor.description":
    "periksa Node.js, peramban, huruf, dan rencana: apa yang diperlukan untuk membangun, dan cara memperbaikinya",
  "doctor.fail": "GAGAL",
  "doctor.fix": "perbaikan",
  "doctor.font-bonum":
    "Huruf: {face} ({file}), rancangan Bookman yang bebas, akan dipakai; {preferred} tidak terpasang",
  "doctor.font-bookman": "Huruf: {face} ({file}) akan dipakai",
  "doctor.font-bundled":
    "Huruf: {preferred} maupun {design} tidak terpasang; {bundled} bawaan akan dipakai",
  "doctor.node": "Node.js {version} (diperlukan {needed} atau lebih baru)",
  "doctor.node-fix":
    "pasang Node.js 20.19 atau lebih baru (https://nodejs.org, atau `nvm install 20`)",
  "doctor.note": "catatan",
  "doctor.ok": "baik",
  "doctor.plan": "Rencana {plan}: {errors}, {warnings}",
  "doctor.plan-fix": "masterplan validate {plan} menampilkannya beserta letaknya",
  "doctor.plan-missing": "Rencana: {problem}",
  "doctor.works": "Pembangunan akan berhasil.",
  "draft.blank-in-text":
    "Teks memuat isian kosong (………) yang harus diisi, yang tidak boleh ada dalam peraturan yang telah ditetapkan.",
  "draft.blank-in-text-hint": "Isi kata yang kurang, atau pertahankan `legal.status: rancangan`.",
  "draft.note-in-enacted":
    "Catatan penyusunan masih tertinggal dalam peraturan yang telah ditetapkan.",
  "draft.note-in-enacted-hint":
    "Masukkan catatan itu ke dalam teks atau hapus, atau pertahankan `legal.status: rancangan`.",
  "draft.proposal-in-enacted":
    "Bagian ini ditandai sebagai usulan tim penyusun, yang tidak boleh ada dalam peraturan yang telah ditetapkan.",
  "draft.proposal-in-enacted-hint":
    "Sepakati lalu hapus `proposed: true`, atau pertahankan `legal.status: rancangan`.",
  "element.list": "Elemen {dimension}: {elements}.",
  "element.no-dimension": "Dimensi `{dimension}` tidak memiliki berkas di dimensions/.",
  "element.no-program": "Elemen {element} pada {dimension} belum memiliki program.",
  "element.unknown": "`{element}` bukan elemen {dimension}.",
  "export.delimiter": "pemisah daftar CSV: `;` untuk Excel berbahasa Indonesia, atau tab",
  "export.description":
    "program dan anggaran sebagai lembar kerja: satu baris per program, satu kolom per tahun",
  "export.excel-hint":
    'Untuk Excel, bukalah XLSX (`--format xlsx`); Excel berbahasa Indonesia memisah CSV dengan `;`, yang ditulis oleh `--delimiter ";"`.',
  "export.failed": "Tidak ada yang ditulis: perbaiki kesalahan di atas lalu ekspor lagi.",
  "export.format": "format berkas (xlsx terbuka di Excel apa pun pemisah daftarnya)",
  "export.out": "berkas yang ditulis (bawaan: dist/<nama>.<format>)",
  "export.quiet": "hanya tampilkan masalah",
  "export.warnings":
    " (rencana ini memiliki {n} peringatan; jalankan `masterplan validate` untuk melihatnya)",
  "export.warnings.one":
    " (rencana ini memiliki 1 peringatan; jalankan `masterplan validate` untuk melihatnya)",
  "export.write-hint":
    "Pilih berkas lain dengan --out, atau periksa ruang kosong dan izin foldernya.",
  "export.wrote": "Ditulis: {file}{also}.",
  "fmt.already": "{n} berkas sudah rapi.",
  "fmt.already.one": "1 berkas sudah rapi.",
  "fmt.check": "tampilkan berkas yang akan berubah dan keluar dengan kode 1, tanpa menulis",
  "fmt.description":
    "tulis ulang YAML rencana dalam bentuk baku: urutan kunci skema, satu gaya, komentar dan akhir baris tetap",
  "fmt.kept":
    "Tidak ada bentuk baku berkas ini yang mempertahankan nilai ini persis, sehingga berkas dibiarkan seperti semula.",
  "fmt.kept-hint":
    "Tulis nilainya dalam petik ganda, atau tanpa jangkar dan alias (`&nama`, `*nama`).",
  "fmt.left-broken": "; {n} berkas dengan kesalahan YAML dibiarkan seperti semula",
  "fmt.left-broken.one": "; 1 berkas dengan kesalahan YAML dibiarkan seperti semula",
  "fmt.not-written": "; {n} berkas dibiarkan seperti semula (lihat di atas)",
  "fmt.not-written.one": "; 1 berkas dibiarkan seperti semula (lihat di atas)",
  "fmt.reformatted": "{n} berkas dirapikan",
  "fmt.reformatted.one": "1 berkas dirapikan",
  "fmt.would-change": "{n} berkas akan dirapikan; jalankan `masterplan fmt` untuk memperbaikinya.",
  "fmt.would-change.one":
    "1 berkas akan dirapikan; jalankan `masterplan fmt` untuk memperbaikinya.",
  "font.bundled-missing": "Paket huruf bawaan @fontsource/libre-baskerville tidak ada.",
  "font.bundled-missing-hint":
    "Pasang ulang masterplan (`npm install -g masterplan`), atau jalankan lagi `npm ci` di salinan repositori.",
  "font.install-linux":
    "Pasang TeX Gyre Bonum, rancangan Bookman yang bebas (di Debian atau Ubuntu: `sudo apt-get install -y fonts-texgyre`), atau Bookman Old Style.",
  "font.install-macos":
    "Pasang Bookman Old Style (terpasang bersama Microsoft Office), atau TeX Gyre Bonum, rancangan Bookman yang bebas (`brew install --cask font-tex-gyre-bonum`).",
  "font.install-windows":
    "Pasang Bookman Old Style (terpasang bersama Microsoft Office), atau TeX Gyre Bonum, rancangan Bookman yang bebas, dari https://www.gust.org.pl/projects/e-foundry/tex-gyre (klik kanan setiap berkas .otf, lalu Install).",
  "font.unconvertible": "{face} ({dir}) tidak dapat diubah menjadi TrueType: {problem}",
  "git.cat-file": "git cat-file gagal (kode keluar {code}).",
  "git.failed": "git {command} gagal: {problem}",
  "git.link": "Pada revisi ini berkas ini tautan simbolik; tautan tidak diikuti di sana.",
  "git.link-hint": "Commit berkasnya sendiri sebagai ganti tautan.",
  "git.missing": "git tidak terpasang, sehingga revisi tidak dapat dibaca.",
  "git.missing-hint": "Pasang git, atau bandingkan dua folder rencana alih-alih dua revisi.",
  "git.no-plan": "Pada {rev}, {folder} tidak memuat masterplan.yaml.",
  "git.no-plan-hint":
    "Pilih revisi yang sudah memuat rencana, atau sebutkan folder rencana dengan --plan.",
  "git.no-repository":
    "{dir} tidak berada dalam repositori git, sehingga tidak ada revisi untuk dibandingkan.",
  "git.no-repository-hint":
    "Bandingkan dua folder rencana saja: `masterplan diff <folder-lama> <folder-baru>`.",
  "git.no-revision": "Revisi `{rev}` tidak ada dalam repositori ini.",
  "git.no-revision-hint": "Sebutkan commit, cabang, atau tag, misalnya HEAD~1 atau main.",
  "git.repository-root": "akar repositori",
  "git.submodule": "Ini submodul git, bukan berkas rencana, sehingga tidak dibandingkan.",
  "git.submodule-hint": "Simpan berkas rencana di repositori rencana itu sendiri.",
  "git.too-large": "Berkas lebih besar dari {mb} MB, sehingga tidak dibaca.",
  "git.unreadable": "git tidak dapat membaca {name}: {header}",
  "github.col-code": "Kode",
  "github.col-message": "Masalah",
  "github.col-severity": "Jenis",
  "github.col-where": "Letak",
  "github.rest":
    "{n} masalah lain tidak dianotasi (GitHub menampilkan 10 kesalahan dan 10 peringatan per langkah); ringkasan job memuat semuanya.",
  "github.rest.one":
    "1 masalah lain tidak dianotasi (GitHub menampilkan 10 kesalahan dan 10 peringatan per langkah); ringkasan job memuat semuanya.",
  "github.summary-title": "masterplan: masalah dalam rencana",
  "help.arguments": "Argumen:",
  "help.choices": "pilihan: {choices}",
  "help.command-usage": "[perintah]",
  "help.commands": "Perintah:",
  "help.default": "bawaan: {value}",
  "help.global-options": "Pilihan umum:",
  "help.options": "Pilihan:",
  "help.options-usage": "[pilihan]",
  "help.usage": "Penggunaan:",
  "hint.did-you-mean": "Maksud Anda `{name}`?",
  "id.duplicate": "Kode {kind} `{id}` dipakai dua kali.",
  "id.duplicate-hint": "Beri masing-masing kodenya sendiri.",
  "id.file-name": "Kode `{id}` tidak sama dengan nama berkas `{expected}`.",
  "id.file-name-hint": "Tulis `id: {expected}` atau ganti nama berkas menjadi `{id}.yaml`.",
  "id.first-defined": "pertama ditulis di sini",
  "id.folder": "Program berdimensi `{dimension}` ini berada di folder `{folder}`.",
  "id.folder-hint": "Pindahkan ke programs/{dimension}/.",
  "id.kind.agency": "perangkat daerah",
  "id.kind.chapter": "bab",
  "id.kind.chapter-order": "urutan bab",
  "id.kind.dimension": "dimensi",
  "id.kind.element": "elemen",
  "id.kind.goal": "tujuan",
  "id.kind.indicator": "indikator",
  "id.kind.of-dimension": "{what} dimensi {dimension}",
  "id.kind.program": "program",
  "id.kind.rpjpd-goal": "sasaran RPJPD",
  "id.kind.rpjpd-mission": "misi RPJPD",
  "id.kind.stage": "tahap",
  "init.bad-horizon": '--horizon "{text}" bukan rentang tahun.',
  "init.bad-horizon-hint": "Tulis tahun pertama dan terakhir, misalnya --horizon 2025-2034.",
  "init.bad-stage-years":
    '--stage-years "{text}" bukan lama tahap untuk jangka waktu {length} tahun.',
  "init.bad-stage-years-hint": "Tulis bilangan bulat tahun, misalnya --stage-years 5.",
  "init.created":
    "Masterplan {region} dibuat di {dir}/ ({n} berkas dan folder), beserta .gitignore, .gitattributes, pengaturan editor, dan alur kerja GitHub.",
  "init.description":
    "mulai repositori masterplan untuk daerah baru: rencana dengan setiap fakta kosong sampai Anda mengisinya, pengaturan git dan editor, serta alur kerja GitHub",
  "init.dir": "folder tempat rencana dibuat (kosong, atau beri --force)",
  "init.file-for-folder":
    "{path} adalah berkas, padahal rencana memerlukan folder di situ; tidak ada yang ditulis.",
  "init.folder-for-file":
    "{path} adalah folder, padahal rencana memerlukan berkas di situ; tidak ada yang ditulis.",
  "init.force":
    "tulis ke folder yang tidak kosong (berkas bernama sama diganti; .gitignore, alur kerja, dan pengaturan editor yang sudah ada dipertahankan)",
  "init.horizon":
    "jangka waktu masterplan sendiri, misalnya 2025-2034 (bawaan: 2025-2045 sesuai RPJPN)",
  "init.in-the-way-hint": "Pilih folder lain untuk rencana, atau pindahkan yang menghalangi.",
  "init.kind": "kabupaten atau kota (bawaan: dari --region, bila tidak ada kabupaten)",
  "init.kind-conflict": '--region "{region}" menyebut {named}, tetapi --kind menyebut {kind}.',
  "init.kind-conflict-hint": 'Tulis nama daerah tanpa "Kabupaten" atau "Kota", atau hapus --kind.',
  "init.link-for-file":
    "{path} adalah tautan, padahal rencana memerlukan berkas di situ; tidak ada yang ditulis.",
  "init.link-for-folder":
    "{path} adalah tautan, padahal rencana memerlukan folder di situ; tidak ada yang ditulis.",
  "init.name-control":
    "{flag} memuat pindah baris atau karakter kendali lain; nama adalah satu baris teks.",
  "init.name-control-hint": "Tulis nama sebagaimana mestinya, misalnya {example}.",
  "init.name-empty": "{flag} memerlukan nama.",
  "init.name-long": "{flag} sepanjang {length} karakter; nama paling banyak {max} karakter.",
  "init.next": "Setiap fakta kosong (null) sampai Anda mengisinya. Langkah berikutnya:",
  "init.not-empty":
    "Folder {dir} tidak kosong; masterplan init menulis rencana baru ke folder kosong.",
  "init.not-empty-hint":
    "Pilih folder lain, atau tambahkan --force untuk menulis berkas rencana ke dalamnya (berkas bernama sama diganti).",
  "init.province": "provinsinya (bawaan: dibiarkan kosong)",
  "init.region": 'daerahnya, misalnya "Kota Contoh" atau "Kabupaten Contoh"',
  "init.region-needs-name": "--region memerlukan nama daerah.",
  "init.region-needs-name-hint":
    'Tulis beserta jenisnya, misalnya "Kota Contoh" atau "Kabupaten Contoh".',
  "init.regulation": "peraturan yang dilampirinya (bawaan: perda)",
  "init.special-for-file":
    "{path} adalah berkas khusus, padahal rencana memerlukan berkas biasa di situ; tidak ada yang ditulis.",
  "init.stage-years": "lama setiap tahap di dalam --horizon, dalam tahun",
  "init.unreadable": "Folder {dir} tidak dapat dibaca: {problem}.",
  "init.unreadable-file": "{file} tidak dapat dibaca: {problem}.",
  interrupted: "Pembangunan dihentikan; tidak ada berkas yang ditulis.",
  "legal.regulation-kind": "Sebuah {kind} menetapkan {regulation}, bukan `{given}`.",
  "legal.regulation-kind-hint": "Tulis `regulation: {id}`, atau `perda` untuk Peraturan Daerah.",
  "list.and": "dan",
  "load.broken-link": "Tautan ini tidak menuju apa pun, sehingga tidak dibaca.",
  "load.broken-link-hint": "Hapus tautan itu atau kembalikan yang dituju.",
  "load.folder-link":
    "{folder}/ adalah tautan; berkas rencana harus berada di foldernya sendiri, sehingga tidak dibaca.",
  "load.folder-link-hint": "Ganti tautan itu dengan folder sungguhan bernama {folder}.",
  "load.folder-named-yaml":
    "Ini folder, bukan berkas, meskipun namanya berakhiran .yaml; berkas di dalamnya tetap dibaca.",
  "load.folder-named-yaml-hint": "Ganti nama folder agar tidak berakhiran .yaml.",
  "load.folder-not-file": "Ini folder, bukan berkas, sehingga {name} tidak dibaca.",
  "load.ignored-file": "Berkas ini tidak dibaca karena namanya tidak berakhiran .yaml.",
  "load.link-to-folder": "Ini tautan ke folder; tautan ke folder tidak diikuti.",
  "load.link-to-folder-hint": "Pindahkan atau salin berkas di dalamnya ke folder rencana.",
  "load.md-chapter-hint":
    "Bab berupa berkas .yaml; letakkan teks markdown-nya di `intro` atau di `sections[].body`.",
  "load.missing-file": "Rencana ini tidak memiliki {name}.",
  "load.missing-file-hint":
    "Setiap folder rencana memuat masterplan.yaml, agencies.yaml, dan rpjpd.yaml.",
  "load.no-folder": "Folder rencana {root} tidak ada.",
  "load.not-a-file": "Ini bukan berkas biasa, sehingga tidak dibaca.",
  "load.not-a-folder": "{folder} seharusnya folder; yang ini berkas, sehingga tidak dibaca.",
  "load.not-folder": "{root} bukan folder.",
  "load.not-plan-folder": "{root} bukan folder rencana: tidak ada masterplan.yaml di dalamnya.",
  "load.not-text": "Berkas ini bukan teks UTF-8.",
  "load.not-text-hint": "Simpan sebagai teks UTF-8, atau keluarkan dari folder rencana.",
  "load.outside-link": "Ini tautan ke {target}, di luar folder rencana, sehingga tidak dibaca.",
  "load.outside-link-hint": "Salin berkasnya ke folder rencana alih-alih menautkannya.",
  "load.plan-folder-hint":
    'Sebutkan folder yang memuat masterplan.yaml; untuk memulai rencana baru, jalankan `masterplan init <folder> --region "Kabupaten …"`.',
  "load.reserved-name":
    "Windows memakai nama `{name}` untuk perangkat, sehingga berkas ini tidak dapat dibuka di sana.",
  "load.reserved-name-hint":
    "Ganti namanya (beserta kode programnya), misalnya layanan-terpadu.yaml.",
  "load.text-too-long":
    "Teks ini berisi {length} karakter; satu nilai paling banyak {max} karakter.",
  "load.text-too-long-hint":
    "Bagi menjadi beberapa bagian, atau simpan teks panjang itu di lampiran di luar rencana.",
  "load.too-deep":
    "Daftar dan pemetaan di sini bersarang lebih dari {depth} tingkat; berkas rencana memerlukan jauh lebih sedikit.",
  "load.too-large": "Berkas ini lebih besar dari {mb} MB.",
  "load.unreadable-file": "{file} tidak dapat dibaca: {problem}.",
  "load.unreadable-file-hint": "Periksa bahwa berkas itu ada dan Anda boleh membacanya.",
  "load.unreadable-folder": "Folder {dir} tidak dapat dibaca: {problem}.",
  "load.unreadable-folder-hint": "Periksa bahwa folder itu ada dan Anda boleh membacanya.",
  "load.yml-hint": "Ganti namanya agar berakhiran .yaml.",
  "new.bad-dimension": "`{dimension}` bukan dimensi.",
  "new.bad-id": "`{id}` bukan kode program: gunakan huruf kecil, angka, dan tanda hubung tunggal.",
  "new.bad-id-hint": "Misalnya: layanan-terpadu.",
  "new.description": "tambahkan berkas ke rencana",
  "new.dimension": "governance, branding, economy, living, society, atau environment",
  "new.dimensions": "Dimensi: {list}.",
  "new.exists": "Program dengan kode `{id}` sudah ada: {file}.",
  "new.exists-hint": "Pilih kode lain; kode program adalah nama berkasnya dan unik dalam rencana.",
  "new.id": "kode program, yang juga nama berkasnya",
  "new.next": "Isi bagian yang masih null, lalu jalankan `masterplan validate`.",
  "new.program": "tambahkan programs/<dimensi>/<id>.yaml dengan setiap kunci wajib untuk diisi",
  "new.reserved-id":
    "`{id}` tidak dapat menjadi kode program: Windows memakai nama itu untuk perangkat, sehingga {id}.yaml tidak dapat dibuka di sana.",
  "new.reserved-id-hint": "Pilih kode lain, misalnya layanan-terpadu.",
  "new.write-hint": "Periksa bahwa folder rencana boleh ditulis, dan ruang kosongnya.",
  "nomenclature.province-level":
    "{code} adalah kegiatan provinsi (tingkat 1), sedangkan ini rencana {kind}.",
  "nomenclature.province-level-hint":
    "Kegiatan dan subkegiatan {kind} memuat angka 2 di tempat keempat (misalnya {example}).",
  "note.blocked-requests": "Menolak {count} permintaan jaringan dari dokumen.",
  "note.font-fallback":
    "{preferred} maupun {design} tidak terpasang di sini, sehingga PDF disusun dengan huruf {face}.",
  "note.font-other-faces": "Beberapa karakter tidak ada dalam {face} dan disusun dengan {others}.",
  "note.font-type3": "Beberapa huruf tertanam sebagai Type 3, yang ditolak percetakan: {fonts}.",
  "note.overflow":
    "Sebagian isi {px} px lebih lebar dari bidang teks, sehingga Chromium mencetak setiap halaman lebih kecil{culprit} Persempit isinya, atau penggal kata yang panjang.",
  "note.overflow-a-table": ": sebuah tabel{where}.",
  "note.overflow-element": ": sebuah <{name}>{where}.",
  "note.overflow-in": " di “{heading}”",
  "note.overflow-table": ": tabel “{name}”{where}.",
  "note.overflow-unknown": "; carilah tabel yang lebar atau kata panjang tanpa spasi.",
  "note.overflow-word": ": kata “{name}”{where}.",
  "note.removed-links":
    "Menghapus {count} tautan yang tidak menuju alamat http(s) maupun ke dalam dokumen: {examples}.",
  "note.toc-moving":
    "Beberapa nomor halaman daftar isi mungkin bergeser satu halaman: tata letak terus berubah di antara pencetakan.",
  "note.toc-unnumbered": "Daftar isi tidak bernomor halaman: PDF tidak memiliki tujuan tautan.",
  "opt.browser": "berkas program Chrome, Chromium, atau Edge untuk mencetak",
  "opt.example": "pakai contoh rencana bawaan (Kabupaten Purbalingga)",
  "opt.format": "format keluaran",
  "out.EACCES": "izin menulis {what} {target} ditolak",
  "out.EDQUOT": "kuota disk untuk {target} habis",
  "out.EEXIST": "ada berkas di tempat seharusnya folder {target}",
  "out.EISDIR": "ada folder di tempat {target} akan ditulis",
  "out.ENAMETOOLONG": "nama {target} lebih panjang daripada yang diizinkan sistem berkas ini",
  "out.ENOENT": "folder untuk {target} tidak ada",
  "out.ENOSPC": "disk tempat {target} penuh",
  "out.ENOTDIR": "ada berkas di tempat seharusnya folder untuk {target}",
  "out.EROFS": "{what} {target} berada di sistem berkas hanya-baca",
  "out.failed":
    "Keluaran tidak dapat ditulis: {reason}. Keluaran sebelumnya dibiarkan seperti semula.",
  "out.file": "berkas",
  "out.folder": "folder",
  "out.folder-in-the-way": "Ada folder di tempat {target} akan ditulis; tidak ada yang diganti.",
  "out.folder-in-the-way-hint": "Pindahkan atau hapus folder itu. {hint}",
  "out.hint": "Pilih folder lain dengan --out, atau periksa ruang kosong dan izinnya.",
  "out.locked":
    "Proses masterplan lain{owner} sudah menulis ke {dir} selama lebih dari {seconds} detik.",
  "out.locked-hint": "Bila tidak ada pembangunan yang berjalan, hapus {file}.",
  "out.other-in-the-way":
    "Ada sesuatu yang bukan berkas di tempat {target} akan ditulis; tidak ada yang diganti.",
  "out.other-in-the-way-hint": "Pindahkan. {hint}",
  "plan-dir.example-and-folder": "Sebutkan folder rencana atau --example, jangan keduanya.",
  "plan-dir.none":
    "Di sini tidak ada rencana: tidak ada ./masterplan.yaml maupun ./masterplan/masterplan.yaml.",
  "plan-dir.none-hint":
    'Mulailah dengan `masterplan init <folder> --region "Kabupaten …"`, sebutkan folder rencana sebagai argumen, atau coba contoh bawaan dengan --example.',
  "planning.digital-pillar": "pilar Visi Indonesia Digital 2045",
  "planning.listed": "Yang tercantum: {ids}.",
  "planning.none": "tidak ada",
  "planning.rpjmd-focus": "fokus RPJMD",
  "planning.rpjpd-goal": "sasaran RPJPD",
  "planning.unknown": "{what} `{id}` tidak tercantum dalam rpjpd.yaml.",
  "planning.unknown-mission": "Misi RPJPD `{id}` tidak tercantum dalam daftar misi.",
  "policy.animates": "isinya akan mengubah dokumen saat ditampilkan",
  "policy.base": "isinya akan mengubah tujuan setiap tautan dan sumber",
  "policy.form": "isinya dapat mengirim data dokumen ke tempat lain",
  "policy.hint":
    "Hapus dari penggantian templat: dokumen dicetak tanpa jaringan dan hanya boleh bertaut ke alamat http(s).",
  "policy.href": "tautan hanya boleh menuju alamat http(s) atau ke suatu tempat dalam dokumen",
  "policy.images": "isinya akan memuat gambar",
  "policy.link":
    "isinya dapat membuat peramban menghubungi server (prefetch, preconnect, lembar gaya)",
  "policy.loads-page": "isinya akan memuat halaman lain",
  "policy.loads-pages": "isinya akan memuat halaman-halaman lain",
  "policy.loads-resource": "isinya akan memuat dan menjalankan sumber dari luar",
  "policy.media": "isinya akan memuat media",
  "policy.message": "Dokumen tidak boleh memuat {what}: {why}.",
  "policy.message-at":
    "Dokumen tidak boleh memuat {what}: {why} (templat menuliskannya pada baris {line} dokumen).",
  "policy.meta":
    "isinya akan mengubah cara peramban memperlakukan dokumen (muat ulang, cookie, kebijakan)",
  "policy.only-with-code": "isinya hanya berarti di tempat kode berjalan",
  "policy.outside": "dokumen tidak boleh memuat apa pun dari luar dirinya",
  "policy.runs-code": "isinya akan menjalankan kode",
  "policy.template": "isinya tersembunyi dari pemeriksaan ini",
  "portfolio.collision":
    "Keluaran rencana ini akan bernama {name}.pdf dan {name}.html, sama dengan milik {other}; yang satu akan menimpa yang lain.",
  "portfolio.collision-hint":
    "Beri salah satu rencana `name` lain di masterplan.yaml-nya, atau bangun ke folder --out yang berbeda.",
  "portfolio.collision-other": "nama rencana yang lain",
  "pretty.hint": "saran:",
  "pretty.hidden": "{n} masalah lain tidak ditampilkan di sini ({errors}, {warnings}).",
  "pretty.hidden.one": "1 masalah lain tidak ditampilkan di sini ({errors}, {warnings}).",
  "pretty.hidden-hint":
    "`masterplan validate --max-problems 0` menampilkan semuanya; `--format json` mencantumkannya untuk dibaca program.",
  "pretty.line": "{where}: {severity}: {message} {code}",
  "pretty.where": "{file} baris {line} kolom {column}",
  "print.deadline":
    'Peramban tidak menyelesaikan langkah "{step}" dalam {seconds} detik, sehingga dihentikan.',
  "print.deadline-hint":
    "Penggantian templat yang memuat ulang halaman dapat menyebabkannya; jika tidak, dokumen mungkin terlalu besar untuk mesin ini.",
  "print.failed": "Peramban gagal saat mencetak: {problem}.",
  "print.failed-hint":
    "Jalankan `masterplan doctor` untuk memeriksa peramban; bila terus gagal, coba peramban lain dengan --browser.",
  "print.left-page":
    'Dokumen meninggalkan halamannya saat dicetak, seperti akibat <meta http-equiv="refresh"> atau tautan yang diikuti saat dimuat.',
  "print.left-page-hint": "Hapus tag semacam itu dari penggantian templat rencana.",
  "print.minutes": "{n} menit",
  "print.seconds": "{n} detik",
  "print.too-large-memory":
    "Dokumen ini terlalu besar untuk dicetak di sini: {elements} unsurnya memerlukan sekitar {need} GB memori peramban, sedangkan yang diizinkan {allowed} GB.",
  "print.too-large-memory-hint":
    "Tulis HTML saja dengan `--only html`; atau bagi rencana menjadi rencana yang lebih kecil (folder berisi beberapa rencana dibangun sekaligus); atau, di mesin yang memorinya cukup, izinkan lebih banyak dengan `--max-memory <GB>`.",
  "print.too-slow":
    "Dokumen ini terlalu besar untuk dicetak di sini: {elements} unsurnya memerlukan sekitar {need} untuk dicetak, sedangkan yang diizinkan {allowed}.",
  "print.too-slow-hint":
    "Tulis HTML saja dengan `--only html`; atau bagi rencana menjadi rencana yang lebih kecil (folder berisi beberapa rencana dibangun sekaligus); atau izinkan lebih lama dengan `--max-minutes <n>`.",
  "print.unreadable": "PDF yang dicetak {browser} tidak dapat dibaca: {problem}.",
  "print.unreadable-hint":
    "Coba Chrome atau Chromium lain dengan --browser, dan laporkan versi peramban beserta pesan ini.",
  "progress.docx": "docx",
  "progress.done": "{step} selesai",
  "progress.figures": "gambar",
  "progress.launch-browser": "jalankan peramban",
  "progress.load-page": "muat halaman",
  "progress.join": "gabung bagian",
  "progress.part": "bagian {i}/{n}: {step}",
  "progress.print-pass": "cetak tahap {n}",
  "progress.render": "susun dokumen",
  "progress.validate": "periksa rencana",
  "progress.write": "tulis berkas",
  "quick-win.none": "{dimension} belum memiliki program quick win.",
  "quick-win.none-hint": "Tandai program unggulan dimensi ini dengan `quick_win: true`.",
  "quick-win.outside-first-stage":
    "Quick win harus berada dalam tahap pertama ({stage}), tetapi yang ini berjalan {years}.",
  "quick-win.outside-first-stage-hint":
    "Pindahkan tahunnya ke {stage}, tulis `quick_win: false`, atau bila tahap pertama yang keliru, perbaiki `horizon` dan `stages` di masterplan.yaml.",
  "quick-win.profile-incomplete": "Profil quick win ini belum memuat {missing}.",
  "quick-win.profile-incomplete-hint":
    "Dokumen profil quick win mencetaknya; tulis null bila nilainya belum diketahui.",
  "readiness.element-twice": "Elemen `{id}` muncul dua kali dalam pilar `{pillar}`.",
  "readiness.missing-pillar": "Analisis kesiapan belum memuat pilar {missing}.",
  "readiness.missing-pillar-hint":
    "Nilai Struktur, Infrastruktur, dan Suprastruktur; biarkan nilai null bila belum diketahui.",
  "readiness.pillar-twice": "Pilar `{id}` dinilai dua kali.",
  "readiness.pillar-twice-hint": "Pertahankan satu isian per pilar, dengan seluruh elemennya.",
  "ref.bab-by-hand":
    "“{text}” adalah nomor bab yang ditulis tangan; nomornya keliru bila bab berpindah.",
  "ref.bab-by-hand-hint":
    "Tulis {bab:<blok>} atau {bab:<kode bab>}, misalnya {bab:programs}, dan dokumen menuliskan nomornya.",
  "ref.bab-unknown": "`{ref}` tidak menyebut bab maupun blok yang ditempatkan dalam bab.",
  "ref.bab-unknown-hint": "Sebutkan blok (misalnya {bab:programs}) atau kode bab.",
  "ref.no-program": "Program `{id}` tidak ada.",
  "salinan.blank": "`legal.certified_by.{key}` belum diisi, padahal salinan mencetaknya.",
  "salinan.blank-hint": "Isi sesuai surat keputusan pengangkatan pejabat itu.",
  "salinan.draft":
    "Salinan dibuat dari peraturan yang telah ditetapkan, sedangkan rencana ini masih rancangan.",
  "salinan.draft-hint":
    "Bangun tanpa --salinan, atau tulis `legal.status: ditetapkan` setelah peraturan ditetapkan.",
  "salinan.no-certifier":
    "Salinan menyebut pejabat yang mengesahkannya, sedangkan `legal.certified_by` belum diisi.",
  "salinan.no-certifier-hint":
    "Tambahkan `certified_by` di bawah `legal` dengan jabatan, nama, pangkat, dan NIP Kepala Bagian Hukum.",
  "schema.const": "{field} harus bernilai {value}.",
  "schema.enum": "{field} harus salah satu dari: {allowed}.",
  "schema.found.empty": "kosong",
  "schema.found.fraction": "pecahan {n}",
  "schema.found.list": "daftar",
  "schema.found.mapping": "pemetaan",
  "schema.found.number": "angka {n}",
  "schema.found.text": "teks {text}",
  "schema.known-keys": "Kunci yang dikenal: {keys}.",
  "schema.maximum": "{field} paling besar {limit}.",
  "schema.min-items": "{field} harus memuat paling sedikit {limit} butir.",
  "schema.min-length": "{field} tidak boleh kosong.",
  "schema.min-properties": "{field} harus memuat paling sedikit satu isian.",
  "schema.minimum": "{field} paling kecil {limit}.",
  "schema.or": "atau",
  "schema.other": "{field} melanggar aturan skema `{rule}`.",
  "schema.pattern": "{field} tidak berbentuk seperti yang diharapkan ({pattern}).",
  "schema.pattern-id": "{field} hanya boleh memakai huruf kecil, angka, dan tanda hubung tunggal.",
  "schema.pattern-visible": "{field} harus diawali dan diakhiri karakter yang tampak, bukan spasi.",
  "schema.property-names": "Salah satu kunci dalam {field} berbentuk keliru.",
  "schema.required": "{field} belum memuat kunci wajib `{key}`.",
  "schema.required-hint": "Tambahkan `{key}:` di sini.",
  "schema.type": "{field} harus berupa {types}, bukan {found}.",
  "schema.type.array": "daftar",
  "schema.type.boolean": "true atau false",
  "schema.type.integer": "bilangan bulat",
  "schema.type.null": "kosong (null)",
  "schema.type.number": "angka",
  "schema.type.object": "pemetaan (kunci: nilai)",
  "schema.type.string": "teks",
  "schema.unique-items": "{field} memuat butir yang sama dua kali.",
  "schema.unknown-key": "`{key}` bukan kunci yang dikenal di sini.",
  "schema.version":
    "Berkas ini ditulis untuk format versi {found}; masterplan ini membaca versi {wanted}.",
  "schema.version-newer": "Perbarui masterplan ke rilis yang membaca versi ini.",
  "schema.version-older": "Tulis `schema_version: {wanted}`.",
  "schemas.check": "tampilkan salinan skema yang berbeda dan keluar dengan kode 1, tanpa menulis",
  "schemas.current": "Skema di {dir} sudah sama dengan skema masterplan ini.",
  "schemas.description":
    "perbarui salinan skema rencana (schemas/, untuk editor) dari masterplan ini, tanpa menyentuh berkas lain",
  "schemas.refreshed": "{n} skema di {dir} diperbarui; tidak ada berkas lain yang disentuh.",
  "schemas.refreshed.one": "1 skema di {dir} diperbarui; tidak ada berkas lain yang disentuh.",
  "schemas.stale":
    "Salinan {file} dalam rencana berbeda dari milik masterplan ini, sehingga editor memeriksa dengan versi lain.",
  "schemas.stale-hint":
    "Jalankan `masterplan schemas` untuk memperbarui salinannya; berkas lain tidak disentuh.",
  "schemas.would-refresh":
    "{n} skema di {dir} berbeda dari skema masterplan ini; jalankan `masterplan schemas` untuk memperbaruinya.",
  "schemas.would-refresh.one":
    "1 skema di {dir} berbeda dari skema masterplan ini; jalankan `masterplan schemas` untuk memperbaruinya.",
  "schemas.write-hint": "Periksa bahwa folder schemas/ rencana boleh ditulis.",
  "severity.error": "kesalahan",
  "severity.warning": "peringatan",
  "shard.bad": "--shard {text} bukan bagian: tulis i/n dengan 1 ≤ i ≤ n, misalnya 1/4.",
  "shard.bad-hint":
    "Dalam matriks GitHub Actions: --shard ${{ matrix.shard }}/${{ strategy.job-total }}.",
  "stages.gap":
    "Tahap `{id}` dimulai pada {start}, padahal tahap sebelumnya berakhir pada {before}.",
  "stages.gap-hint": "Tahap-tahap bersambung: mulailah pada {expected}.",
  "stages.horizon-outside-rpjpd":
    "Jangka waktu {hs}–{he} sebagian berada di luar periode RPJPD {start}–{end}.",
  "stages.horizon-reversed": "Jangka waktu dimulai pada {start}, sesudah berakhir pada {end}.",
  "stages.last-end":
    "Tahap terakhir berakhir pada {last}, padahal jangka waktu berakhir pada {end}.",
  "stages.list": "Tahap: {ids}.",
  "stages.outside-rpjpd-hint":
    "RPJPD berlaku {start}–{end}; jelaskan dalam teks rencana arah tahun-tahun di luarnya.",
  "stages.stage-outside-rpjpd":
    "Tahap `{id}` ({ss}–{se}) sebagian berada di luar periode RPJPD {start}–{end}.",
  "stages.stage-reversed": "Tahap `{id}` dimulai pada {start}, sesudah berakhir pada {end}.",
  "stages.unknown": "Tahap `{key}` tidak termasuk tahap dalam masterplan.yaml.",
  "summary.errors": "{n} kesalahan",
  "summary.errors.one": "1 kesalahan",
  "summary.none": "Tidak ada masalah.",
  "summary.problems": "{n} masalah.",
  "summary.problems.one": "1 masalah.",
  "summary.warnings": "{n} peringatan",
  "summary.warnings.one": "1 peringatan",
  "swot.duplicate": "Kode faktor `{id}` dipakai dua kali.",
  "swot.kind": "Strategi {kind} memadukan {a} dan {b}, tetapi `{id}` termasuk {is}.",
  "swot.no-program": "Belum ada program yang melaksanakan strategi `{id}`.",
  "swot.no-program-hint": "Sebutkan program yang melaksanakannya, atau rencanakan satu.",
  "swot.opportunities": "peluang",
  "swot.strengths": "kekuatan",
  "swot.threats": "ancaman",
  "swot.unknown": "Faktor `{id}` tidak termasuk kekuatan, kelemahan, peluang, atau ancaman.",
  "swot.weaknesses": "kelemahan",
  "template.failed": "Templat tidak dapat disusun: {problem}",
  "template.failed-hint": "Periksa penggantian templat di folder templates/ rencana.",
  "term.variant":
    '"{found}" adalah bentuk lain dari "{preferred}", bentuk yang disebut daftar istilah.',
  "term.variant-hint":
    'Tulis "{preferred}", atau keluarkan "{variant}" dari varian daftar istilah.',
  "theme.missing": "Tema tidak memiliki {rel}.",
  "theme.missing-hint":
    "Pasang ulang masterplan, atau tambahkan {rel} ke folder templates/ rencana.",
  "theme.unreadable-folder": "Folder tema {dir} tidak dapat dibaca: {problem}.",
  "validate.base":
    "revisi git: dengan --format github, masalah pada berkas yang berubah sejak revisi itu ditampilkan lebih dulu",
  "validate.description": "periksa skema dan rujukan silang rencana",
  "validate.strict": "anggap peringatan sebagai kesalahan",
  "validate.max-problems":
    "tampilkan paling banyak sekian masalah, kesalahan lebih dulu (0: semua)",
  "validate.max-problems-bad": "Tulis jumlah masalah sebagai bilangan bulat, 0 untuk semua.",
  "value.empty": "{field} berupa teks kosong, yang bukan nilai.",
  "value.empty-hint": "Tulis faktanya, atau tulis null untuk fakta yang belum diketahui.",
  "watch.bad-port": "--port {port} bukan nomor porta.",
  "watch.banner-last": "{n} kesalahan: menampilkan dokumen terakhir yang berhasil dibangun.",
  "watch.banner-last.one": "1 kesalahan: menampilkan dokumen terakhir yang berhasil dibangun.",
  "watch.banner-none": "{n} kesalahan: belum ada yang berhasil dibangun.",
  "watch.banner-none.one": "1 kesalahan: belum ada yang berhasil dibangun.",
  "watch.cannot-serve": "Pratinjau tidak dapat disajikan: {problem}.",
  "watch.description":
    "sajikan pratinjau langsung di 127.0.0.1 yang dibangun dan dimuat ulang pada setiap perubahan",
  "watch.no-open": "jangan buka pratinjau di peramban",
  "watch.not-rebuilt":
    "Tidak dibangun ulang: rencana memiliki {n} kesalahan; pratinjau menampilkan dokumen baik yang terakhir.",
  "watch.not-rebuilt.one":
    "Tidak dibangun ulang: rencana memiliki 1 kesalahan; pratinjau menampilkan dokumen baik yang terakhir.",
  "watch.port": "porta di 127.0.0.1 (0: porta bebas mana pun)",
  "watch.port-hint": "Pilih porta lain dengan --port, atau --port 0 untuk porta bebas mana pun.",
  "watch.port-in-use": "Porta {port} sudah dipakai di 127.0.0.1.",
  "watch.previewing": "Pratinjau {plan} di {url}. Tekan Ctrl-C untuk berhenti.",
  "watch.rebuilt": "Dibangun ulang dalam {ms} ms{warnings}.",
  "watch.stopped": "Berhenti.",
  "watch.too-many-pages":
    "Terlalu banyak halaman pratinjau terbuka; tutup sebagian lalu muat ulang halaman ini.",
  "write.changed": "Berkas ini berubah setelah dibaca, sehingga dibiarkan seperti semula.",
  "write.changed-hint": "Jalankan perintah lagi agar suntingan baru ikut dirapikan.",
  "write.not-a-file": "Ini bukan berkas biasa, sehingga dibiarkan seperti semula.",
  "write.outside":
    "Ini tautan ke berkas di luar folder rencana, sehingga dibiarkan seperti semula.",
  "write.read-back":
    "Berkas yang dibaca kembali berbeda dari yang ditulis; periksa sebelum Anda meng-commit-nya.",
  "write.read-only": "Berkas ini hanya-baca, sehingga dibiarkan seperti semula.",
  "write.read-only-hint": "Jadikan dapat ditulis (chmod u+w) bila memang perlu ditulis ulang.",
  "write.write": "Berkas ini tidak dapat ditulis, sehingga dibiarkan seperti semula.",
  "yaml.alias-limit":
    "Berkas ini menjabarkan alias terlalu banyak kali untuk sebuah berkas rencana.",
  "yaml.alias-limit-hint":
    "Tulis nilainya secara utuh alih-alih menyusun alias (`*nama`) bertingkat.",
  "yaml.bad-alias": "Alias (`*nama`) ini tidak merujuk ke jangkar (`&nama`) mana pun sebelumnya.",
  "yaml.bad-alias-hint":
    "Pasang jangkar pada pemakaian pertama nilai itu, atau tulis nilainya secara utuh.",
  "yaml.code.ALIAS_PROPS": "Alias (`*nama`) tidak dapat membawa jangkar atau tanda.",
  "yaml.code.BAD_ALIAS": "Alias (`*nama`) ini tidak merujuk ke jangkar mana pun.",
  "yaml.code.BAD_COLLECTION_TYPE": "Daftar atau pemetaan ini tidak sesuai dengan tandanya.",
  "yaml.code.BAD_DIRECTIVE": "Direktif `%` ini tidak sah dalam YAML.",
  "yaml.code.BAD_DQ_ESCAPE":
    "Urutan garis miring terbalik dalam petik ganda ini tidak sah dalam YAML.",
  "yaml.code.BAD_INDENT": "Indentasi di sini tidak sejajar dengan baris di sekitarnya.",
  "yaml.code.BAD_PROP_ORDER": "Jangkar atau tanda tidak berada di tempat yang diharapkan YAML.",
  "yaml.code.BAD_SCALAR_START":
    "Nilai tidak dapat diawali karakter ini kecuali diberi tanda petik.",
  "yaml.code.BLOCK_AS_IMPLICIT_KEY":
    "Blok bersarang tidak dapat menjadi kunci; kemungkinan tanda `:` hilang atau salah letak.",
  "yaml.code.BLOCK_IN_FLOW":
    "Daftar atau pemetaan blok tidak dapat berada di dalam `[…]` atau `{…}`.",
  "yaml.code.DUPLICATE_KEY":
    "Kunci ini muncul dua kali dalam pemetaan yang sama; setiap kunci harus unik.",
  "yaml.code.KEY_OVER_1024_CHARS": "Sebuah kunci lebih panjang dari 1024 karakter.",
  "yaml.code.MISSING_CHAR": "Tanda petik atau kurung penutup tidak ada.",
  "yaml.code.MULTILINE_IMPLICIT_KEY":
    "Sebuah kunci melewati lebih dari satu baris; kemungkinan tanda `:` hilang di baris atas.",
  "yaml.code.MULTIPLE_ANCHORS": "Sebuah nilai memiliki lebih dari satu jangkar (`&nama`).",
  "yaml.code.MULTIPLE_DOCS":
    "Berkas ini memuat lebih dari satu dokumen YAML; berkas rencana hanya memuat satu.",
  "yaml.code.MULTIPLE_TAGS": "Sebuah nilai memiliki lebih dari satu tanda (`!…`).",
  "yaml.code.NON_STRING_KEY": "Sebuah kunci bukan teks biasa.",
  "yaml.code.RESOURCE_EXHAUSTION":
    "Daftar atau pemetaan di sini bersarang terlalu dalam untuk dibaca.",
  "yaml.code.TAB_AS_INDENT": "Tab dipakai sebagai indentasi; YAML memakai spasi.",
  "yaml.code.TAG_RESOLVE_FAILED":
    "Tanda (`!!…`) ini menyebut jenis data yang tidak ada dalam berkas rencana.",
  "yaml.code.UNEXPECTED_TOKEN":
    "Karakter ini tidak diharapkan di sini; periksa tanda `:`, `-`, dan petik di sekitarnya.",
  "yaml.complex-key":
    "Kunci ini berupa daftar atau pemetaan; kunci dalam berkas rencana berupa teks biasa.",
  "yaml.complex-key-hint": "Tulis kunci sebagai kata, misalnya `name:`.",
  "yaml.conflict-markers":
    "Berkas ini memuat tanda penggabungan git yang belum selesai (`<<<<<<<`, `=======`, `>>>>>>>`).",
  "yaml.conflict-markers-hint":
    "Pertahankan salah satu sisi setiap konflik, hapus baris tandanya, lalu simpan berkas.",
  "yaml.empty-file": "Berkas ini kosong.",
  "yaml.empty-file-hint": "Salin berkas sejenis di dekatnya lalu ubah isinya.",
  "yaml.only-comments": "Berkas ini hanya berisi komentar, tanpa data.",
  "yaml.unclosed-double-hint": 'Tutup dengan `"`.',
  "yaml.unclosed-list": "Tanda `[` ini tidak pernah ditutup.",
  "yaml.unclosed-list-hint":
    "Tutup daftar dengan `]`, atau tulis sebagai daftar blok: satu `- butir` per baris.",
  "yaml.unclosed-mapping": "Tanda `{` ini tidak pernah ditutup.",
  "yaml.unclosed-mapping-hint":
    "Tutup pemetaan dengan `}`, atau tulis sebagai pemetaan blok: satu `kunci: nilai` per baris.",
  "yaml.unclosed-quote": "Teks berpetik ini tidak pernah ditutup.",
  "yaml.unclosed-single-hint": "Tutup dengan `'`.",
  "yaml.unknown-tag": "Tanda (`!!…`) ini menyebut jenis data yang tidak ada dalam berkas rencana.",
  "yaml.unknown-tag-hint":
    "Hapus tanda itu: berkas rencana hanya memuat teks, angka, true/false, daftar, dan pemetaan.",
  "yaml.unreadable": "Susunan YAML di sini tidak dapat dibaca.",
  "years.outside-horizon": "Program berjalan {years}, di luar jangka waktu rencana {horizon}.",
  "years.outside-horizon-hint":
    "Perbaiki tahunnya, atau bila jangka waktu rencana yang keliru, perbaiki `horizon` dan `stages` di masterplan.yaml.",
  "years.reversed": "Program dimulai pada {start}, sesudah berakhir pada {end}.",
  "years.target-outside": "Tahun target {year} berada di luar tahun program {years}.",
};
