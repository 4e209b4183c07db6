/**
 * The Thai dictionary: every user-facing text of the domain. Thai is the default language.
 * Keys are grouped by module; `error.CODE` keys are also the stable error codes.
 * Placeholders are written {name}. en.ts must have exactly the same keys (the compiler checks).
 */
export const th = {
  // ── core: generic input errors ──
  'error.NOT_AN_OBJECT': 'ข้อมูลต้องเป็นชุดข้อมูล (object)',
  'error.NOT_A_LIST': 'ข้อมูลต้องเป็นรายการ',
  'error.NOT_A_STRING': 'ข้อมูลต้องเป็นข้อความ',
  'error.NOT_A_NUMBER': 'ข้อมูลต้องเป็นตัวเลข',
  'error.NOT_AN_INTEGER': 'ข้อมูลต้องเป็นจำนวนเต็ม',
  'error.OUT_OF_RANGE': 'ค่าต้องอยู่ระหว่าง {min} ถึง {max}',
  'error.REQUIRED': 'จำเป็นต้องกรอก',
  'error.UNKNOWN_OPTION': 'ไม่รู้จักตัวเลือก "{value}"',
  'error.INVALID_DATE': 'วันที่ไม่ถูกต้อง (ต้องเป็น ปปปป-ดด-วว แบบ ค.ศ.)',
  'error.TOO_MANY_ITEMS': 'มีได้ไม่เกิน {max} รายการ',
  'error.TOO_FEW_ITEMS': 'ต้องมีอย่างน้อย {min} รายการ',
  'error.NESTED_TOO_DEEP': 'ข้อมูลซ้อนกันลึกเกิน {max} ชั้น',
  'error.DUPLICATE_KEY': 'ค่า "{value}" ซ้ำกัน',

  // ── vocabulary ──
  'region.north': 'ภาคเหนือ',
  'region.northeast': 'ภาคตะวันออกเฉียงเหนือ',
  'region.central': 'ภาคกลาง',
  'region.south': 'ภาคใต้',
  'povertyClass.not_poor': 'ไม่จน',
  'povertyClass.poor': 'ยากจน',
  'povertyClass.extremely_poor': 'ยากจนพิเศษ',
  'levelGroup.pre_primary': 'อนุบาล',
  'levelGroup.primary': 'ประถมศึกษา',
  'levelGroup.lower_secondary': 'มัธยมศึกษาตอนต้น',
  'levelGroup.upper_secondary': 'มัธยมศึกษาตอนปลาย',
  'levelGroup.vocational': 'ประกาศนียบัตรวิชาชีพ (ปวช.)',
  'error.UNKNOWN_REGION': 'ไม่รู้จักภาค "{value}"',
  'error.UNKNOWN_GRADE': 'ไม่รู้จักชั้นเรียน "{value}"',
  'error.INVALID_SEMESTER': 'ภาคเรียนไม่ถูกต้อง (ปีการศึกษา พ.ศ. 2500–2700 ภาคเรียนที่ 1 หรือ 2)',

  // ── identity ──
  'error.ID_FORMAT': 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
  'error.ID_CHECKSUM': 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ)',
  'error.GCODE_FORMAT': 'รหัส G ต้องขึ้นต้นด้วย G ตามด้วยตัวเลข 13 หลัก',
  'error.GCODE_CHECKSUM': 'รหัส G ไม่ถูกต้อง (หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ)',
  'error.HASH_KEY_TOO_SHORT': 'กุญแจสำหรับแฮชต้องยาวอย่างน้อย {min} ไบต์',

  // ── forms ──
  'error.FORM_UNKNOWN_REVISION': 'ไม่รู้จักฉบับของแบบฟอร์ม "{value}" (ฉบับที่มี: {known})',
  'error.FORM_NOT_IN_VARIANT': 'แบบฟอร์มประเภทนี้ไม่มีส่วนนี้',
  'error.FORM_NOT_ASKED': 'ข้อนี้ไม่ต้องกรอกเมื่อตอบข้อ {field} เช่นนี้ ให้เว้นว่างไว้',
  'error.FORM_NOT_A_BOOLEAN': 'ต้องตอบว่าใช่หรือไม่ใช่',
  'error.FORM_TEXT_TOO_LONG': 'ข้อความยาวได้ไม่เกิน {max} ตัวอักษร',
  'error.FORM_TEXT_FORMAT': 'รูปแบบไม่ถูกต้อง',
  'error.FORM_INVALID_PHONE': 'หมายเลขโทรศัพท์ไม่ถูกต้อง (ต้องขึ้นต้นด้วย 0 และมี 9–10 หลัก)',
  'error.FORM_INVALID_DATE_TIME': 'วันเวลาไม่ถูกต้อง (ต้องเป็น ปปปป-ดด-ววTชช:นน พร้อมเขตเวลา แบบ ค.ศ.)',
  'error.FORM_GPS_OUTSIDE_THAILAND': 'พิกัดอยู่นอกประเทศไทย',
  'error.FORM_EXCLUSIVE_OPTION': 'ตัวเลือก "{value}" เลือกร่วมกับตัวเลือกอื่นไม่ได้',
  'error.FORM_DECLARATION_REQUIRED': 'ต้องยืนยันคำรับรองนี้',
  'error.FORM_NO_STUDENT_MEMBER': 'ต้องระบุนักเรียนเป็นสมาชิกคนหนึ่งของครัวเรือน',
  'error.FORM_STUDENT_NOT_UNIQUE': 'มีสมาชิกที่เป็นนักเรียนผู้รับการคัดกรองได้เพียง 1 คน',
  'error.FORM_LIVES_WITH_VARIANT':
    'ผู้ที่นักเรียนอาศัยอยู่ด้วยไม่ตรงกับประเภทแบบฟอร์ม (ครัวเรือนทั่วไป/ครัวเรือนสถาบัน)',
  'error.FORM_PHOTO_OUTSIDE_REQUIRED': 'ต้องมีภาพถ่ายภายนอกบ้านอย่างน้อย 1 ภาพ',
  'error.FORM_PHOTO_INSIDE_REQUIRED': 'ต้องมีภาพถ่ายภายในบ้านอย่างน้อย 1 ภาพ',
  'error.FORM_PHOTO_SCHOOL_SIGN_REQUIRED': 'เมื่อถ่ายภาพบ้านไม่ได้ ต้องมีภาพนักเรียนคู่กับป้ายโรงเรียน',
  'error.FORM_PHOTO_NOT_EXPECTED':
    'ภาพประเภทนี้ใช้ไม่ได้ในกรณีนี้: ถ่ายภาพบ้านได้ให้ใช้ภาพภายนอกและภายในบ้าน ถ่ายไม่ได้ให้ใช้ภาพนักเรียนคู่กับป้ายโรงเรียน',

  // ── pmt ──
  'error.PMT_INSTITUTION_NOT_SCORED':
    'ครัวเรือนสถาบัน (สถานสงเคราะห์/มูลนิธิ/วัด) ไม่คำนวณคะแนน PMT: ส่งให้เจ้าหน้าที่โครงการพิจารณา',
  'error.PMT_REVISION_MISMATCH': 'แบบฟอร์มฉบับ {form} ใช้กับแบบจำลองของฉบับ {model} ไม่ได้',
  'error.PMT_UNKNOWN_QUESTION': 'ไม่มีคำถาม "{value}" ในแบบฟอร์มฉบับนี้',
  'error.PMT_AGE_GROUPS_MISMATCH':
    'จำนวนเด็ก ผู้สูงอายุ และคนวัยทำงานรวมกันต้องเท่ากับจำนวนสมาชิก ({members} คน)',
  'error.PMT_INCOME_PER_PERSON_MISMATCH': 'รายได้เฉลี่ยต่อคนไม่ตรงกับรายได้รวมหารด้วยจำนวนสมาชิก',
  'error.PMT_MISSING_POINTS': 'ตัวเลือก "{option}" ยังไม่มีคะแนน',
  'error.PMT_KIND_MISMATCH': 'ชนิดการให้คะแนนต้องเป็น "{expected}" ตามคำถาม (ได้ "{value}")',
  'error.PMT_NOT_MONOTONE': 'คะแนนของ "{option}" ต้องไม่น้อยกว่าของ "{other}" ซึ่งยากจนน้อยกว่า',
  'error.PMT_EXCLUSIVE_NOT_ZERO': 'ตัวเลือก "{option}" ต้องได้ 0 คะแนน',
  'error.PMT_BANDS_NOT_ASCENDING': 'ช่วงคะแนนต้องเรียงจากน้อยไปมาก ทั้งค่าเริ่มต้นและคะแนน',
  'error.PMT_CAP_NOT_POSITIVE': 'เพดานรายได้ต้องมากกว่า 0 บาท',
  'error.PMT_SCALE_MIN': 'คะแนนรวมต่ำสุดที่เป็นไปได้ต้องเป็น 0 (ได้ {min})',
  'error.PMT_SCALE_MAX': 'คะแนนรวมสูงสุดที่เป็นไปได้ต้องเป็น 100 (ได้ {max})',
  'error.PMT_DEMONSTRATION_FLAG': 'ต้องระบุว่าเป็นแบบจำลองสาธิตหรือไม่ (true หรือ false)',
  'error.PMT_VALID_TO_BEFORE_FROM': 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มใช้',
  'error.PMT_NOT_COMPILABLE': 'คำถาม "{question}" มีตัวเลือกเกิน {max} ข้อ จึงแปลงเป็นตารางคำนวณไม่ได้',
  'error.PMT_BATCH_MISMATCH': 'ชุดข้อมูลครัวเรือนไม่ได้สร้างสำหรับแบบจำลองนี้',
  'error.PMT_OUTPUT_TOO_SHORT': 'ที่เก็บผลลัพธ์ต้องมีอย่างน้อย {min} ช่อง',
  'pmt.gain.one': '+{points} คะแนน',
  'pmt.gain.other': '+{points} คะแนน',
  'pmt.line.choice': '{question}: {answer} {gain}',
  'pmt.line.assetsOnly': '{question}: มีเพียง {answer} {gain}',
  'pmt.line.memberCount': 'สมาชิกในครัวเรือน {value} คน {gain}',
  'pmt.line.dependencyRatio': 'เด็กและผู้สูงอายุ {value} คนต่อคนวัยทำงาน 1 คน {gain}',
  'pmt.line.childrenUnder15': 'เด็กอายุต่ำกว่า 15 ปี {value} คน {gain}',
  'pmt.line.elderly60Plus': 'ผู้สูงอายุ 60 ปีขึ้นไป {value} คน {gain}',
  'pmt.line.disabledOrIll': 'สมาชิกที่พิการหรือป่วยเรื้อรัง {value} คน {gain}',
  'pmt.summary.not_poor':
    'รายได้เฉลี่ย {income} บาท/คน/เดือน สูงกว่าเพดาน {cap} บาท จึงจัดเป็น "{class}" (คะแนน {score} ไม่ใช้ตัดสิน)',
  'pmt.summary.poor':
    'รายได้เฉลี่ย {income} บาท/คน/เดือน ไม่เกินเพดาน {cap} บาท แต่คะแนน {score} ไม่สูงกว่าเกณฑ์ {threshold} จึงจัดเป็น "{class}"',
  'pmt.summary.extremely_poor':
    'รายได้เฉลี่ย {income} บาท/คน/เดือน ไม่เกินเพดาน {cap} บาท และคะแนน {score} สูงกว่าเกณฑ์ {threshold} จึงจัดเป็น "{class}"',
  'pmt.notice.demonstration': 'คำนวณด้วยแบบจำลองสาธิต ไม่ใช่น้ำหนักคะแนนทางการของ กสศ.',

  // ── calibration ──
  'error.CALIBRATION_NO_DATA': 'ไม่มีข้อมูลครัวเรือนของภาค {region} สำหรับปรับเทียบแบบจำลอง',
  'error.CALIBRATION_SINGULAR':
    'คำนวณสมการถดถอยของภาค {region} ไม่ได้ เพราะมีคำตอบที่ไม่มีครัวเรือนใดเลือก ให้ใช้ค่า λ มากกว่า 0',
  'error.CALIBRATION_FLAT_REGION':
    'ในภาค {region} ไม่มีคำตอบใดบ่งชี้รายได้ที่ต่ำกว่า จึงแปลงเป็นคะแนน 0–100 ไม่ได้',
  'error.CALIBRATION_BANDS': 'ค่าเริ่มต้นของช่วงต้องมีอย่างน้อย 1 ค่า เรียงจากน้อยไปมาก และมากกว่า {min}',
  'error.CALIBRATION_REVISIONS_DIFFER': 'แบบจำลองทั้งสองใช้แบบฟอร์มต่างฉบับกัน ({a} และ {b})',
  'calibration.label': 'แบบจำลอง PMT ที่ปรับเทียบจากข้อมูล (แบบฟอร์มฉบับ {revision}, {date})',
  'calibration.provenance':
    'ปรับเทียบเมื่อ {date} จากข้อมูล {households} ครัวเรือน: ถดถอยลอการิทึมของรายได้ต่อคนกับคำตอบของแต่ละภาค (ridge λ = {lambda}) แล้วแปลงสัมประสิทธิ์เป็นคะแนน 0–100; {rule}',
  'calibration.rule.fixed': 'เกณฑ์ {value} คะแนนทุกภาค',
  'calibration.rule.share': 'เกณฑ์รายภาคที่ให้ครัวเรือนคะแนนสูงสุด {percent}% อยู่เหนือเกณฑ์',
  'calibration.rule.incomeLine': 'เกณฑ์รายภาคที่แยกครัวเรือนรายได้ไม่เกิน {cap} บาท/คน/เดือน ได้ถูกต้องมากที่สุด',

  // ── money ──
  'error.UNKNOWN_LEVEL_GROUP': 'ไม่รู้จักระดับชั้น "{value}"',
  'error.UNKNOWN_POVERTY_CLASS': 'ไม่รู้จักกลุ่มฐานะ "{value}"',
  'error.UNKNOWN_RATIONING': 'ไม่รู้จักวิธีจัดสรรเมื่องบประมาณไม่พอ "{value}" (ใช้ได้: pro_rata, score_rank)',
  'error.TOP_UP_BANDS_NOT_ASCENDING': 'คะแนนของช่วงเงินเพิ่มต้องสูงกว่าช่วงก่อนหน้า ({previous})',
  'error.TOP_UP_DECREASING': 'เงินเพิ่มของช่วงคะแนนที่สูงกว่าต้องไม่น้อยกว่าช่วงก่อนหน้า ({previous} บาท)',
  'error.SUPPORT_YEAR_IN_FUTURE': 'ปีที่ได้รับทุน {value} อยู่หลังปีการศึกษาที่พิจารณา ({year})',
  'error.SCREENING_IN_FUTURE': 'ปีที่คัดกรองล่าสุด {value} อยู่หลังปีการศึกษาที่พิจารณา ({year})',
  'money.line.base': 'อัตราระดับ{levelTh} นักเรียน{classTh} ภาคเรียนที่ {term}: {baht} บาท',
  'money.line.topUp':
    'เงินเพิ่มเพื่อความเสมอภาค (คะแนนความยากจน {score} สูงกว่า {scoreAbove}): +{baht} บาท',
  'money.line.reduction.pro_rata': 'งบประมาณพอจ่าย {percent}% ของยอดที่มีสิทธิ์ จึงลดตามสัดส่วน: −{baht} บาท',
  'money.line.reduction.score_rank':
    'งบประมาณจ่ายเต็มจำนวนเรียงจากคะแนนความยากจนสูงสุดลงมา และหมดเมื่อถึงลำดับที่ {cutoff} นักเรียนคนนี้อยู่ลำดับที่ {rank}: −{baht} บาท',
  'money.window.in_year':
    'ได้รับทุนแล้วในปีการศึกษา {year} ภาคเรียนที่เหลือของปีนี้จ่ายต่อได้โดยไม่ต้องพิจารณาใหม่ (ใช้สิทธิ์แล้ว {used} จาก {max} ปี)',
  'money.window.continuing':
    'ผู้รับทุนต่อเนื่อง: ใช้ผลคัดกรองปีการศึกษา {screened} ต่อได้โดยไม่ต้องคัดกรองใหม่ (ใช้สิทธิ์แล้ว {used} จาก {max} ปี)',
  'money.window.screened':
    'คัดกรองแล้วในปีการศึกษา {year}: มีสิทธิ์ตามผลคัดกรอง (ใช้สิทธิ์แล้ว {used} จาก {max} ปี)',
  'money.window.needs_screening':
    'ต้องคัดกรองครัวเรือนก่อนรับทุนปีการศึกษา {year} (ใช้สิทธิ์แล้ว {used} จาก {max} ปี)',
  'money.window.window_spent': 'ใช้สิทธิ์รับทุนครบ {max} ปีการศึกษาแล้ว',

  // ── conditions ──
  'growth.bmi.severe_thinness': 'ผอมรุนแรง',
  'growth.bmi.thinness': 'ผอม',
  'growth.bmi.normal': 'ปกติ',
  'growth.bmi.overweight': 'น้ำหนักเกิน',
  'growth.bmi.obesity': 'อ้วน',
  'growth.height.severely_stunted': 'เตี้ยรุนแรง',
  'growth.height.stunted': 'เตี้ย',
  'growth.height.normal': 'ส่วนสูงปกติ',
  'error.GROWTH_BEFORE_BIRTH': 'วันที่ชั่งน้ำหนักวัดส่วนสูงต้องไม่ก่อนวันเกิด',
  'error.GROWTH_AGE_OUT_OF_RANGE':
    'อายุ {months} เดือน อยู่นอกช่วงของเกณฑ์อ้างอิง WHO 2007 ({min}–{max} เดือน)',
  'error.GROWTH_NOT_POSITIVE': 'ค่าที่วัดต้องมากกว่า 0',
  'error.GROWTH_IMPLAUSIBLE_BMI_FOR_AGE':
    'ดัชนีมวลกายตามอายุ (z = {z}) อยู่นอกช่วงที่เป็นไปได้ตามเกณฑ์ WHO ({min} ถึง {max}) กรุณาตรวจสอบน้ำหนักและส่วนสูง',
  'error.GROWTH_IMPLAUSIBLE_HEIGHT_FOR_AGE':
    'ส่วนสูงตามอายุ (z = {z}) อยู่นอกช่วงที่เป็นไปได้ตามเกณฑ์ WHO ({min} ถึง {max}) กรุณาตรวจสอบส่วนสูงและวันเกิด',
  'error.GROWTH_IMPLAUSIBLE_WEIGHT_FOR_AGE':
    'น้ำหนักตามอายุ (z = {z}) อยู่นอกช่วงที่เป็นไปได้ตามเกณฑ์ WHO ({min} ถึง {max}) กรุณาตรวจสอบน้ำหนักและวันเกิด',
  'error.ATTENDANCE_THRESHOLD_PRECISION': 'เกณฑ์การมาเรียนมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง',
  'error.ATTENDANCE_EXCEEDS_SCHOOL_DAYS': 'จำนวนวันที่มาเรียนต้องไม่เกินจำนวนวันเรียน ({schoolDays} วัน)',
  'error.ATTENDANCE_PERIOD_REVERSED': 'วันสิ้นสุดภาคเรียนต้องไม่อยู่ก่อนวันเริ่มภาคเรียน',
  'error.ATTENDANCE_DATE_OUTSIDE_PERIOD': 'วันที่ {date} ไม่อยู่ในภาคเรียน ({start} ถึง {end})',
  'error.COMPLIANCE_GROWTH_INCONSISTENT':
    'ผลประเมินการเจริญเติบโตขัดแย้งกัน: สถานะสมวัยไม่ตรงกับรายการข้อกังวล',
  'error.LADDER_CONFIG_ORDER':
    'ลำดับขั้นต้องเป็น เปิดเคส ≤ พักการจ่ายเงิน ≤ ระงับการจ่ายเงิน (นับภาคเรียนที่ไม่ผ่านติดต่อกัน)',
  'error.LADDER_STATE_INCONSISTENT': 'สถานะการติดตามไม่สอดคล้องกับประวัติ',
  'error.LADDER_SEMESTER_OUT_OF_ORDER': 'บันทึกย้อนหลังไม่ได้ (เหตุการณ์ล่าสุดอยู่ในภาคเรียน {last})',
  'error.LADDER_ALREADY_EVALUATED': 'ประเมินเงื่อนไขได้ภาคเรียนละครั้ง (ประเมินล่าสุดภาคเรียน {last})',
  'error.LADDER_NO_FAILURE': 'ยังไม่มีผลการไม่ผ่านเงื่อนไขที่ต้องติดตาม',
  'error.LADDER_CASE_ALREADY_OPEN': 'มีเคสติดตามเปิดอยู่แล้ว',
  'error.LADDER_NO_OPEN_CASE': 'ยังไม่มีเคสติดตามที่เปิดอยู่',
  'error.LADDER_APPEAL_PENDING': 'มีคำอุทธรณ์รอพิจารณาอยู่แล้ว',
  'error.LADDER_NO_APPEAL_PENDING': 'ไม่มีคำอุทธรณ์ที่รอพิจารณา',
  'attendance.meetsThreshold':
    'มาเรียน {attended} จาก {schoolDays} วัน (ร้อยละ {percent}) ผ่านเกณฑ์ร้อยละ {threshold}',
  'attendance.belowThreshold':
    'มาเรียน {attended} จาก {schoolDays} วัน (ร้อยละ {percent}) ต่ำกว่าเกณฑ์ร้อยละ {threshold}',
  'compliance.compliant': '{semester}: ผ่านเงื่อนไข',
  'compliance.notCompliant': '{semester}: ยังไม่ผ่านเงื่อนไข — เป็นสัญญาณให้ช่วยเหลือเพิ่มเติม ไม่ใช่การลงโทษ',
  'compliance.reason.ATTENDANCE_MISSING': 'ไม่มีข้อมูลการมาเรียนของภาคเรียนนี้',
  'compliance.reason.ATTENDANCE_BELOW_THRESHOLD':
    'มาเรียน {attended} จาก {schoolDays} วัน (ร้อยละ {percent}) ต่ำกว่าเกณฑ์ร้อยละ {threshold} ซึ่งต้องมาเรียนอย่างน้อย {required} วัน',
  'compliance.reason.GROWTH_NOT_MEASURED': 'ไม่ได้ชั่งน้ำหนักและวัดส่วนสูงภายในกำหนด',
  'compliance.reason.GROWTH_UNHEALTHY': 'การเจริญเติบโตต้องได้รับการดูแล: {concerns}',
  'compliance.short.ATTENDANCE_MISSING': 'ไม่มีข้อมูลการมาเรียน',
  'compliance.short.ATTENDANCE_BELOW_THRESHOLD': 'มาเรียนต่ำกว่าเกณฑ์',
  'compliance.short.GROWTH_NOT_MEASURED': 'ไม่ได้ชั่งน้ำหนักวัดส่วนสูง',
  'compliance.short.GROWTH_UNHEALTHY': 'การเจริญเติบโตไม่สมวัย',
  'ladder.step.none': 'ไม่มีเรื่องต้องติดตาม',
  'ladder.step.reason_recorded': 'บันทึกเหตุที่ไม่ผ่านเงื่อนไข',
  'ladder.step.case_open': 'เปิดเคสติดตามช่วยเหลือ',
  'ladder.step.payment_held': 'พักการจ่ายเงินระหว่างติดตาม',
  'ladder.step.suspended': 'ระงับการจ่ายเงิน',
  'ladder.event.compliant': 'ผ่านเงื่อนไข',
  'ladder.event.failed': 'ไม่ผ่านเงื่อนไข ({reasons})',
  'ladder.event.case_opened': 'เปิดเคส: {action}',
  'ladder.event.case_action': 'ติดตาม: {action}',
  'ladder.event.resolved': 'ปิดเคส: แก้ไขได้แล้ว',
  'ladder.event.appeal_lodged': 'ยื่นอุทธรณ์',
  'ladder.event.appeal_upheld': 'อุทธรณ์ฟังขึ้น: ยกเลิกผลการไม่ผ่านเงื่อนไข',
  'ladder.event.appeal_rejected': 'อุทธรณ์ไม่ฟังขึ้น',
  'ladder.action.home_visit': 'เยี่ยมบ้าน',
  'ladder.action.referral': 'ส่งต่อหน่วยงานที่เกี่ยวข้อง',
  'ladder.action.guardian_meeting': 'พบผู้ปกครอง',
  'ladder.entry': '{semester} · {event} — {from} → {to}',

  // ── http ──
  'error.HTTP_NOT_FOUND': 'ไม่พบข้อมูลหรือบริการที่ {path}',
  'error.HTTP_INVALID_REQUEST': 'ข้อมูลในคำขอไม่ถูกต้อง: {detail}',
  'error.HTTP_URI_TOO_LONG': 'ที่อยู่ (URL) ยาวเกินกำหนด กรุณาตรวจสอบลิงก์',
  'error.HTTP_BAD_REQUEST': 'คำขอไม่ถูกต้อง',
  'error.HTTP_INTERNAL': 'ระบบขัดข้อง กรุณาลองใหม่อีกครั้ง',
  'error.CONFIG_PORT': 'PORT ต้องเป็นเลขพอร์ต 1–65535 (ได้รับ "{value}")',
  'error.HTTP_NOT_READY': 'ระบบยังไม่พร้อมให้บริการ',

  // ── tracking ──
  'error.ROSTER_MIXED_SEMESTERS': 'ทุกแถวของทะเบียนชุดเดียวต้องเป็นภาคเรียนเดียวกัน ({expectedTh})',
  'error.SEMESTERS_NOT_CONSECUTIVE':
    'ทะเบียนชุดที่สองต้องเป็น{expectedTh} (ภาคเรียนถัดจากชุดแรก) แต่เป็น{actualTh}',
  'error.GRADE_WENT_DOWN': 'ชั้นเรียนลดลงจาก {fromTh} เป็น {toTh}',
  'error.GRADE_CHANGED_MID_YEAR': 'ชั้นเรียนเปลี่ยนระหว่างปีการศึกษาจาก {fromTh} เป็น {toTh}',
  'error.UNEXPECTED_GRADE': 'ชั้นเรียนเปลี่ยนจาก {fromTh} เป็น {toTh} ซึ่งไม่ใช่ชั้นถัดไปตามปกติ',
  'tracking.movement.continuing': 'เรียนต่อเนื่อง',
  'tracking.movement.promoted': 'เลื่อนชั้น',
  'tracking.movement.repeated': 'ซ้ำชั้น',
  'tracking.movement.transferred': 'ย้ายโรงเรียน',
  'tracking.movement.transitioned': 'เรียนต่อช่วงชั้นถัดไป',
  'tracking.movement.graduated_left': 'จบการศึกษาขั้นพื้นฐาน',
  'tracking.movement.dropout_suspected': 'สงสัยออกกลางคัน',
  'tracking.movement.new': 'นักเรียนใหม่',
  'tracking.explain.continuing': 'เรียนชั้น {toTh} ต่อที่โรงเรียนเดิม ({toSchool})',
  'tracking.explain.promoted': 'เลื่อนจากชั้น {fromTh} เป็น {toTh} ที่โรงเรียนเดิม ({toSchool})',
  'tracking.explain.repeated': 'อยู่ชั้น {toTh} (เดิม {fromTh}) ที่โรงเรียนเดิม ({toSchool}) ไม่ได้เลื่อนชั้น',
  'tracking.explain.transferred':
    'ย้ายจากโรงเรียน {fromSchool} ไปโรงเรียน {toSchool} (ชั้น {fromTh} → {toTh}) ทุนติดตามนักเรียนไปด้วย',
  'tracking.explain.transitioned': 'จบชั้น {fromTh} และเรียนต่อชั้น {toTh} ที่โรงเรียน {toSchool}',
  'tracking.explain.graduated_left': 'จบชั้น {fromTh} เมื่อสิ้นปีการศึกษา และไม่มีชื่อในทะเบียนภาคเรียนถัดไป',
  'tracking.explain.dropout_suspected':
    'ไม่มีชื่อในทะเบียนภาคเรียนถัดไปทั้งที่ยังเรียนไม่จบช่วงชั้น (ชั้น {fromTh} โรงเรียน {fromSchool}) ควรติดตามช่วยเหลือ',
  'tracking.explain.left_between_levels':
    'จบชั้น {fromTh} แต่ไม่มีชื่อเรียนต่อในปีการศึกษาถัดไป (โรงเรียน {fromSchool}) ควรติดตามช่วยเหลือให้ได้เรียนต่อ',
  'tracking.explain.new': 'มีชื่อใหม่ในทะเบียน ชั้น {toTh} โรงเรียน {toSchool}',

  // ── db: roster import and export ──
  'error.ROSTER_UNSUPPORTED_FILE': 'ไฟล์รายชื่อนักเรียนต้องเป็น .csv หรือ .xlsx (ได้รับ "{value}")',
  'error.ROSTER_UNREADABLE': 'อ่านไฟล์รายชื่อนักเรียนไม่ได้: {reason}',
  'error.ROSTER_MISSING_COLUMN': 'ไฟล์รายชื่อนักเรียนไม่มีคอลัมน์ {column}',
  'error.ROSTER_EMPTY': 'ไฟล์รายชื่อนักเรียนไม่มีข้อมูลนักเรียน',
  'error.ROSTER_UNKNOWN_SEMESTER': 'ไม่มีภาคเรียน {value} ในฐานข้อมูล',
  'error.ROSTER_NO_IDENTITY':
    'ต้องกรอกเลขประจำตัวประชาชน หรือรหัส G ที่โรงเรียนออกให้สำหรับนักเรียนที่ไม่มีเลขประจำตัวประชาชน',
  'error.ROSTER_INVALID_DATE':
    'วันที่ไม่ถูกต้อง (เขียนเป็น วว/ดด/ปปปป แบบ พ.ศ. เช่น 12/05/2555 หรือ ปปปป-ดด-วว)',
  'error.ROSTER_BIRTH_DATE_RANGE': 'วันเกิดต้องอยู่ระหว่าง {min} ถึง {max}',
  'error.ROSTER_UNKNOWN_SCHOOL': 'ไม่พบรหัสโรงเรียน "{value}"',
  'error.ROSTER_DUPLICATE_ROW': 'นักเรียนคนนี้มีอยู่แล้วในแถวที่ {row} ของไฟล์นี้',
  'error.ROSTER_IDENTITY_CONFLICT': 'รหัส G นี้เป็นของบุคคลอื่นซึ่งมีเลขประจำตัวประชาชนต่างกัน',
  'error.ROSTER_TOO_MANY_REJECTED':
    'ไม่รับไฟล์: มี {rejected} จาก {total} แถวที่ไม่ผ่าน (เกิน {max} %) จึงไม่นำเข้าข้อมูลใด ๆ ดูรายงานที่ {report}',
  'error.ROSTER_IMPORT_FAILED': 'นำเข้าไม่สำเร็จเพราะฐานข้อมูลขัดข้อง ({reason}) จึงไม่มีข้อมูลใดถูกนำเข้า',
  'error.EXPORT_UNWRITABLE': 'เขียนไฟล์ส่งออก {file} ไม่ได้: {reason}',

  // ── db: configuration, connections, data-directory lock, keys ──
  'error.CONFIG_DATABASE_URL':
    'DATABASE_URL ต้องเป็น URL ของ PostgreSQL เช่น postgres://ผู้ใช้@เครื่อง:5432/ฐานข้อมูล',
  'error.CONFIG_DATA_KEY': 'ISEE_DATA_KEY ต้องเป็นกุญแจขนาด 32 ไบต์ เขียนแบบ base64',
  'error.DATA_KEY_REQUIRED':
    'เมื่อใช้ PostgreSQL (DATABASE_URL) ต้องกำหนด ISEE_DATA_KEY เพื่อให้ทุกเครื่องใช้กุญแจเข้ารหัสเดียวกัน',
  'error.DATA_KEY_FILE_INVALID': 'ไฟล์กุญแจ {file} ไม่ใช่กุญแจขนาด 32 ไบต์แบบ base64',
  'error.DATA_KEY_FILE_EXPOSED':
    'ผู้อื่นอ่านไฟล์กุญแจ {file} ได้ (สิทธิ์ {mode}) ให้จำกัดสิทธิ์ด้วยคำสั่ง chmod 600 {file}',
  'error.DATA_DIR_UNAVAILABLE': 'ใช้ไดเรกทอรีข้อมูล {dir} ไม่ได้: {reason}',
  'error.DATA_DIR_LOCKED':
    'ไดเรกทอรีข้อมูล {dir} กำลังถูกใช้โดยโปรแกรม iSEE อื่น (pid {pid} เครื่อง {host} ตั้งแต่ {since}) ให้ปิดโปรแกรมนั้นก่อน หรือใช้ ISEE_DATA_DIR อื่น',
  'error.DATABASE_UNAVAILABLE': 'เปิดฐานข้อมูล ({engine}) ไม่ได้: {reason}',
  'error.MIGRATION_FAILED': 'ปรับโครงสร้างฐานข้อมูล (migration) ไม่สำเร็จ: {reason}',
  'error.NATIONAL_ID_UNREADABLE':
    'ถอดรหัสเลขประจำตัวประชาชนไม่ได้ (กุญแจไม่ตรงกับที่ใช้เข้ารหัส หรือข้อมูลเสียหาย)',
  'error.SECRET_UNREADABLE':
    'ถอดรหัสข้อมูลลับที่เก็บไว้ไม่ได้ (กุญแจไม่ตรงกับที่ใช้เข้ารหัส หรือข้อมูลเสียหาย) กรุณาติดต่อผู้ดูแลระบบ',

  // ── db: reference data ──
  'error.UNKNOWN_PROVINCE': 'ไม่รู้จักรหัสจังหวัด "{value}" (รหัสจังหวัดของกรมการปกครองมี 2 หลัก)',

  // ── db: synthetic nation (seed) ──
  'error.SEED_NOT_EMPTY':
    'ฐานข้อมูลมีข้อมูลอยู่แล้ว (โรงเรียน บุคคล หรือรอบการคัดกรอง) จึงไม่เพิ่มข้อมูลสังเคราะห์ลงไป ให้ใช้ฐานข้อมูลใหม่ที่ว่างเปล่า',

  // ── db: audit trail ──
  'error.AUDIT_PERSONAL_DATA':
    'บันทึกการตรวจสอบ (audit trail) ห้ามมีเลขประจำตัวประชาชน รหัส G หรือข้อมูลส่วนบุคคลอื่น (พบตัวเลข 13 หลัก)',
  'error.AUDIT_UNSTORABLE_VALUE':
    'เก็บค่านี้ในบันทึกการตรวจสอบโดยไม่เปลี่ยนแปลงไม่ได้ ใช้ได้เฉพาะข้อมูล JSON ธรรมดา (ตัวเลขที่มีค่าจำกัด ข้อความที่ไม่มีอักขระ NUL หรืออักขระเสีย)',
  'error.AUDIT_NEEDS_READ_COMMITTED':
    'เพิ่มแถวในบันทึกการตรวจสอบได้เฉพาะในธุรกรรมระดับ READ COMMITTED (ธุรกรรมนี้เป็น {isolation})',
  'error.AUDIT_ROW_EDITED':
    'แถว {id} ของบันทึกการตรวจสอบไม่ตรงกับค่าแฮชของแถว แสดงว่าถูกแก้ไขหลังจากบันทึกแล้ว',
  'error.AUDIT_ROW_UNLINKED':
    'แถว {id} ของบันทึกการตรวจสอบไม่เชื่อมกับแถวก่อนหน้าในสายเดียวกัน แสดงว่ามีแถวถูกลบ ถูกแทรก ถูกย้ายไปสายอื่น หรือถูกเขียนใหม่',

  // ── server: access (accounts, sessions, roles) ──
  'error.AUTH_FAILED':
    'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกระงับชั่วคราว {minutes} นาทีหลังจากเข้าสู่ระบบผิดหลายครั้ง',
  'error.AUTH_TOTP_REQUIRED': 'กรุณากรอกรหัส 6 หลักจากแอปยืนยันตัวตน',
  'error.AUTH_TOTP_UNAVAILABLE':
    'บัญชีนี้ต้องใช้รหัสผ่านใช้ครั้งเดียว แต่เซิร์ฟเวอร์นี้อ่านรหัสลับ TOTP ไม่ได้ กรุณาติดต่อผู้ดูแลระบบ',
  'error.AUTH_REQUIRED': 'กรุณาเข้าสู่ระบบ',
  'error.AUTH_FORBIDDEN': 'บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้ (เฉพาะ {roles})',
  'error.AUTH_CSRF': 'คำขอไม่มีส่วนหัว X-CSRF-Token ที่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
  'error.AUTH_LOCKED':
    'บัญชีถูกระงับชั่วคราวเพราะกรอกรหัสผ่านหรือ PIN ผิดหลายครั้ง กรุณารออีก {minutes} นาทีแล้วลองใหม่',
  'error.AUTH_PASSWORD_WRONG': 'รหัสผ่านปัจจุบันไม่ถูกต้อง กรุณากรอกรหัสผ่านที่ใช้เข้าสู่ระบบ',
  'error.AUTH_PIN_FORMAT': 'PIN สำหรับลงนามต้องเป็นตัวเลข {digits} หลักพอดี',
  'error.AUTH_PIN_WEAK': 'PIN นี้เดาง่ายเกินไป (ตัวเลขซ้ำกันทั้งหมด หรือเรียงกัน เช่น 123456) กรุณาเลือก PIN อื่น',
  'error.AUTH_PIN_NOT_SET':
    'คุณยังไม่ได้ตั้ง PIN สำหรับลงนาม กรุณาตั้งที่เมนูบัญชีของฉัน › PIN สำหรับลงนาม (ใช้รหัสผ่านยืนยัน) แล้วลงนามอีกครั้ง',
  'error.AUTH_PIN_WRONG': 'PIN สำหรับลงนามไม่ถูกต้อง หากกรอกผิดหลายครั้ง บัญชีจะถูกระงับชั่วคราว {minutes} นาที',
  'error.AUTH_TOTP_ENROLMENT_INVALID':
    'การเปิดใช้รหัสยืนยันตัวตนนี้หมดอายุหรือไม่ถูกต้อง กรุณาเริ่มเปิดใช้ใหม่ (ต้องยืนยันภายใน {minutes} นาที)',
  'error.AUTH_TOTP_WRONG':
    'รหัส 6 หลักไม่ตรงกับรหัสลับ กรุณาตรวจสอบว่าเวลาในโทรศัพท์ถูกต้อง แล้วกรอกรหัสล่าสุดจากแอป',
  'error.USER_NOT_FOUND': 'ไม่พบผู้ใช้หมายเลข {userId}',
  'error.USER_USERNAME_TAKEN': 'ชื่อผู้ใช้ "{username}" มีผู้ใช้แล้ว กรุณาเลือกชื่ออื่น',
  'error.USER_ROLE_SCOPE_MISMATCH':
    'ขอบเขตไม่ตรงกับบทบาท {role}: ครู ผู้อำนวยการ และผู้รับรองต้องระบุโรงเรียนเท่านั้น เจ้าหน้าที่เขตต้องระบุจังหวัด อำเภอ หรือเขตพื้นที่การศึกษา (ระบุต้นสังกัดเพิ่มได้) เจ้าหน้าที่ต้นสังกัดต้องระบุต้นสังกัดเท่านั้น บทบาทระดับประเทศและผู้ดูแลระบบไม่ต้องระบุขอบเขต',
  'error.USER_SCOPE_UNKNOWN': 'ไม่พบ "{value}" ในข้อมูลอ้างอิง กรุณาตรวจสอบรหัส',
  'error.USER_ROLE_DUPLICATE': 'ผู้ใช้มีบทบาท {role} ในขอบเขตนี้อยู่แล้ว',
  'error.USER_ROLE_NOT_FOUND': 'ผู้ใช้นี้ไม่มีการมอบบทบาทหมายเลข {assignmentId}',
  'error.USER_SELF_LOCKOUT':
    'ไม่สามารถปิดบัญชีของตนเองหรือถอนบทบาทผู้ดูแลระบบของตนเองได้ กรุณาให้ผู้ดูแลระบบคนอื่นทำรายการนี้',
  'error.TEACHER_CLASS_NOT_SCHOOL_ADMIN':
    'เฉพาะผู้อำนวยการ (ผู้ดูแลโรงเรียน) ของโรงเรียนหมายเลข {schoolId} เท่านั้นที่มอบหมายห้องเรียนให้ครูได้',
  'error.TEACHER_NOT_FOUND': 'ผู้ใช้หมายเลข {userId} ไม่ได้เป็นครูของโรงเรียนหมายเลข {schoolId}',
  'error.TEACHER_CLASS_SEMESTER_UNKNOWN': 'ไม่พบภาคเรียน {semesterId}',
  'error.TEACHER_CLASS_GRADE_UNKNOWN': 'ไม่พบระดับชั้น "{grade}"',
  'error.TEACHER_CLASS_DUPLICATE': 'ห้องเรียนนี้ซ้ำกับรายการก่อนหน้า (ชั้น {grade} ห้อง "{room}")',

  // ── server: logging ──
  'error.CONFIG_LOG_LEVEL': 'LOG_LEVEL ต้องเป็นหนึ่งใน {levels} (ได้รับ "{value}")',

  // ── screening workflow ──
  'error.SCREENING_TRANSITION_INVALID':
    'แบบคัดกรองที่มีสถานะ "{status}" ทำรายการ "{action}" โดยบทบาทของคุณไม่ได้',
  'error.SCREENING_NOT_FOUND': 'ไม่พบแบบคัดกรอง {screeningId} หรือแบบนี้ไม่อยู่ในขอบเขตที่คุณดูแล',
  'error.SCREENING_CONFLICT':
    'แบบคัดกรอง {screeningId} บนเซิร์ฟเวอร์เปลี่ยนไปแล้ว (ฉบับ {version}) ไม่ตรงกับฉบับที่คุณแก้ไข กรุณาเปรียบเทียบแล้วเลือกฉบับที่จะเก็บ',
  'error.SCREENING_STUDENT_NOT_IN_CLASS':
    'นักเรียน {studentId} ไม่อยู่ในห้องเรียนที่คุณรับผิดชอบในภาคเรียนของรอบคัดกรองนี้',
  'error.SCREENING_STUDENT_ALREADY_SCREENED':
    'นักเรียนคนนี้มีแบบคัดกรองในรอบนี้แล้ว ({screeningId}) ให้แก้ไขแบบเดิมแทนการสร้างใหม่',
  'error.SCREENING_MOVED': 'แบบคัดกรอง {screeningId} เป็นของนักเรียนคนอื่นหรือรอบอื่น ไม่ตรงกับที่ส่งมา',
  'error.SCREENING_CYCLE_NOT_FOUND': 'ไม่พบรอบการคัดกรอง {cycleId}',
  'error.SCREENING_REVISION_MISMATCH': 'รอบนี้ใช้แบบฟอร์มฉบับ {expected} แต่แบบที่ส่งมาเป็นฉบับ {actual}',
  'error.SCREENING_REASON_REQUIRED': 'กรุณาระบุเหตุผลที่ส่งกลับให้แก้ไข',
  'error.SCREENING_PERSON_IN_OTHER_SCREENING':
    'บุคคลในช่อง {path} อยู่ในแบบคัดกรองอื่นของรอบเดียวกันด้วย ({screeningId}) กรุณาตรวจสอบ',
  'error.SCREENING_PERSON_IN_OTHER_HOUSEHOLD':
    'บุคคลในช่อง {path} เป็นสมาชิกของครัวเรือนอื่นในทะเบียน (ครัวเรือน {householdId}) กรุณาตรวจสอบ',
  'error.CERTIFICATION_FAR_FROM_HOME': 'ลงนามรับรองห่างจากบ้าน {km} กม. (เกิน {max} กม.) กรุณาตรวจสอบ',
  'error.SCREENING_VISIT_FAR_FROM_HOME':
    'ส่งแบบคัดกรองห่างจากบ้าน {km} กม. (เกิน {max} กม.) การเยี่ยมบ้านอาจไม่ได้เกิดขึ้นที่บ้านนี้ กรุณาตรวจสอบ',
  'error.SYNC_CURSOR_INVALID': 'ตัวชี้ตำแหน่งการซิงก์ไม่ถูกต้อง กรุณาซิงก์ใหม่ทั้งหมด (ไม่ส่ง cursor)',

  // ── server: evidence photos ──
  'error.PHOTO_TOO_LARGE': 'ภาพมีขนาด {bytes} ไบต์ ใหญ่เกินกำหนด (ไม่เกิน {max} ไบต์)',
  'error.PHOTO_TYPE_UNKNOWN': 'รับเฉพาะภาพ JPEG, PNG หรือ WebP',
  'error.PHOTO_TYPE_MISMATCH': 'ไฟล์เป็น {actual} แต่แจ้งว่าเป็น {declared}',
  'error.PHOTO_TOO_MANY_PIXELS': 'ภาพมี {pixels} พิกเซล มากเกินกำหนด (ไม่เกิน {max} พิกเซล)',
  'error.PHOTO_UNREADABLE': 'อ่านภาพไม่ได้ (ไฟล์เสียหรือไม่ครบ)',
  'error.PHOTO_REUSED':
    'ภาพนี้ซ้ำหรือเกือบเหมือนกับภาพในแบบคัดกรองของครัวเรือนอื่น ({screeningId}) กรุณาตรวจสอบ',
  'error.PHOTO_FAR_FROM_HOME': 'ภาพถ่ายห่างจากบ้าน {km} กม. (เกิน {max} กม.) กรุณาตรวจสอบ',
  'error.PHOTO_TIME_MISMATCH': 'ภาพถ่ายห่างจากวันเยี่ยมบ้าน {days} วัน (เกิน {max} วัน) กรุณาตรวจสอบ',
  'error.EVIDENCE_SCREENING_NOT_FOUND':
    'ไม่พบแบบคัดกรอง {screeningId} หรือแบบนี้ไม่อยู่ในชั้นเรียนหรือขอบเขตที่คุณดูแล',
  'error.UPLOAD_ID_FORMAT': 'รหัสการอัปโหลดต้องเป็น UUID ที่เครื่องผู้ส่งสร้างขึ้น',
  'error.UPLOAD_NOT_FOUND': 'ไม่พบการอัปโหลด {uploadId} (ยังไม่เริ่ม หรือถูกล้างแล้ว) กรุณาเริ่มใหม่',
  'error.UPLOAD_CONFLICT':
    'การอัปโหลด {uploadId} เริ่มไว้ด้วยรายละเอียดอื่น (แบบคัดกรอง ประเภท แหล่งที่มา ชนิดไฟล์ หรือขนาด)',
  'error.UPLOAD_OFFSET_MISMATCH':
    'ส่วนของไฟล์เริ่มที่ไบต์ {offset} แต่ได้รับแล้ว {current} ไบต์ กรุณาส่งต่อจากไบต์ {current}',
  'error.UPLOAD_BEYOND_LENGTH': 'ส่วนของไฟล์เกินขนาดที่แจ้งไว้ {length} ไบต์',
  'error.EVIDENCE_SCREENING_CLOSED':
    'แบบคัดกรอง {screeningId} ผ่านการรับรองหรือยืนยันแล้ว จึงเพิ่มภาพไม่ได้ หากต้องเพิ่มภาพ กรุณาขอให้ผู้รับรองหรือผู้อำนวยการส่งแบบคืนเพื่อแก้ไข',
  'error.PHOTO_NOT_FOUND': 'ไม่พบภาพ {photoId} หรือภาพนี้ไม่อยู่ในขอบเขตที่คุณดูแล',
  'error.UPLOAD_CHUNK_TOO_LARGE':
    'ส่วนของไฟล์ที่ส่งแต่ละครั้งต้องไม่เกิน {max} ไบต์ กรุณาแบ่งส่งเป็นส่วนละ {chunk} ไบต์',
  'error.UPLOAD_CONTENT_TYPE':
    'กรุณาส่งส่วนของไฟล์เป็นข้อมูลดิบ (Content-Type: application/offset+octet-stream)',
} as const satisfies Readonly<Record<string, string>>;

export type MessageKey = keyof typeof th;
